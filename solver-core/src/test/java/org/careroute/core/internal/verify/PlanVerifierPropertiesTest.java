package org.careroute.core.internal.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careroute.core.internal.verify.VerifyFixtures.at;
import static org.careroute.core.internal.verify.VerifyFixtures.caregiver;
import static org.careroute.core.internal.verify.VerifyFixtures.plan;
import static org.careroute.core.internal.verify.VerifyFixtures.problem;
import static org.careroute.core.internal.verify.VerifyFixtures.shift;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.Violation;
import org.careroute.core.api.model.Leg;
import org.careroute.core.api.model.Location;
import org.careroute.core.api.model.MatrixLocation;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.Visit;

/**
 * Random one-shift routes over the fixture matrix, timed by a small simulator written here from the rules (not by
 * the verifier): the verifier must agree with every time and total, and must notice any single tampered time.
 */
class PlanVerifierPropertiesTest {

    private static final long[][] SECONDS = {{0, 600, 900, 1200}, {600, 0, 300, 900}, {900, 300, 0, 600}, {1200,
            900, 600, 0}};

    /** One random visit: location 1..3, duration, and up to two windows as minute offsets from 07:00. */
    record VisitSpec(int location, int minutes, List<int[]> windows) {
    }

    @Provide
    Arbitrary<List<VisitSpec>> routes() {
        Arbitrary<int[]> window = Combinators.combine(Arbitraries.integers().between(0, 300), Arbitraries.integers()
                .between(0, 90)).as((from, length) -> new int[]{from, from + length});
        Arbitrary<List<int[]>> windows = window.list().ofMaxSize(2).map(PlanVerifierPropertiesTest::sortedDisjoint);
        Arbitrary<VisitSpec> spec = Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers()
                .between(5, 60), windows).as(VisitSpec::new);
        return spec.list().ofMinSize(0).ofMaxSize(6);
    }

    private static List<int[]> sortedDisjoint(List<int[]> windows) {
        List<int[]> sorted = new ArrayList<>(windows);
        sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> result = new ArrayList<>();
        for (int[] w : sorted) {
            if (result.isEmpty() || w[0] > result.get(result.size() - 1)[1]) {
                result.add(w);
            }
        }
        return result;
    }

    @Property(tries = 300)
    void simulatedRoute_matchesTheVerifier(@ForAll("routes") List<VisitSpec> specs) {
        Simulated simulated = simulate(specs);

        VerificationReport report = PlanVerifier.verify(simulated.problem(), simulated.plan());

        assertThat(report.violations()).extracting(Violation::constraintId).doesNotContain(
                Violation.PLAN_STRUCTURE).allMatch(id -> id.equals("visit-time-window") || id.equals("shift-end"));
        assertThat(report.recomputed().hardScore()).isEqualTo(-simulated.hard());
        assertThat(report.recomputed().softScore()).isEqualTo(-simulated.soft());
        assertThat(report.recomputed().totalWaitingSeconds()).isEqualTo(simulated.waiting());
    }

    @Property(tries = 200)
    void anyTamperedStart_isNoticed(@ForAll("routes") List<VisitSpec> specs,
            @ForAll @IntRange(min = 0, max = 5) int which, @ForAll @IntRange(min = -600, max = 600) int delta) {
        Assume.that(!specs.isEmpty() && delta != 0);
        Simulated simulated = simulate(specs);
        int index = which % specs.size();
        ShiftPlan route = simulated.plan().shifts().get(0);
        List<PlannedVisit> visits = new ArrayList<>(route.visits());
        PlannedVisit v = visits.get(index);
        visits.set(index, new PlannedVisit(v.visitId(), v.arrival(), v.start().plusSeconds(delta), v.end(), v
                .waitingSeconds(), v.travelFromPrevious()));
        ShiftPlan tampered = new ShiftPlan(route.shiftId(), route.caregiverId(), route.departure(), route
                .returnTime(), visits, route.returnLeg(), route.travelSeconds(), route.distanceMeters());
        Plan plan = plan(simulated.problem(), List.of(tampered));

        assertThat(PlanVerifier.verify(simulated.problem(), plan).violations()).anySatisfy(violation -> {
            assertThat(violation.constraintId()).isEqualTo(Violation.PLAN_STRUCTURE);
            assertThat(violation.visitId()).isEqualTo(v.visitId());
        });
    }

    record Simulated(Problem problem, Plan plan, long hard, long soft, long waiting) {
    }

    /** Times the route by the rules with default weights; the shift is 07:00 to 11:00 so some routes run over. */
    private static Simulated simulate(List<VisitSpec> specs) {
        Instant base = at(7, 0);
        List<Visit> visits = new ArrayList<>();
        List<PlannedVisit> planned = new ArrayList<>();
        long time = 0;
        int location = 0;
        long hard = 0;
        long travel = 0;
        long waitingMinutes = 0;
        long waiting = 0;
        for (int i = 0; i < specs.size(); i++) {
            VisitSpec spec = specs.get(i);
            List<TimeWindow> windows = spec.windows().stream().map(w -> new TimeWindow(base.plusSeconds(w[0] * 60L),
                    base.plusSeconds(w[1] * 60L))).toList();
            Location where = new MatrixLocation(spec.location());
            visits.add(new Visit("v" + i, null, null, where, Duration.ofMinutes(spec.minutes()), windows, Set.of(), 1,
                    false, 0));
            long leg = SECONDS[location][spec.location()];
            long arrival = time + leg;
            long start = arrival;
            boolean placed = spec.windows().isEmpty();
            for (int[] w : spec.windows()) {
                if (!placed && arrival <= w[1] * 60L) {
                    start = Math.max(arrival, w[0] * 60L);
                    placed = true;
                }
            }
            if (!placed) {
                hard += arrival - spec.windows().get(spec.windows().size() - 1)[1] * 60L;
            }
            long end = start + spec.minutes() * 60L;
            planned.add(new PlannedVisit("v" + i, base.plusSeconds(arrival), base.plusSeconds(start), base
                    .plusSeconds(end), start - arrival, new Leg(leg, leg * 10)));
            travel += leg;
            waiting += start - arrival;
            waitingMinutes += i == 0 ? 0 : (start - arrival) / 60;
            time = end;
            location = spec.location();
        }
        long back = specs.isEmpty() ? 0 : SECONDS[location][0];
        long returnTime = specs.isEmpty() ? 0 : time + back;
        travel += back;
        hard += Math.max(0, returnTime - 4 * 3600);
        Problem problem = problem(List.of(caregiver("c1", shift("s1", base, at(11, 0)))), visits);
        ShiftPlan route = new ShiftPlan("s1", "c1", base, base.plusSeconds(returnTime), planned, back == 0
                ? Leg.NONE
                : new Leg(back, back * 10), travel, travel * 10);
        return new Simulated(problem, plan(problem, List.of(route)), hard, travel + waitingMinutes, waiting);
    }
}
