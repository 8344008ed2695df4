package org.careroute.core.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.careroute.core.api.AssertionMode;
import org.careroute.core.api.Planner;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.HaversineTravel;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.model.UnassignedVisit;
import org.careroute.core.api.model.Visit;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.model.ScheduleFactory;
import org.careroute.core.internal.output.PlanFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A mandatory visit that only one nurse can reach in time, whose own fixed-time visit only the next nurse along the
 * road can take over, and so on: an ejection chain. The window-band ruin and the scarcest-first recreate build it in
 * one step; the string ruin's recreate order puts the cheap flexible visit back where the scarce one needs to go.
 */
class MandatoryChainTest {

    private static final Instant DAY = Instant.parse("2027-03-01T06:00:00Z");
    private static final double KM = 1.0 / 111.195;

    /** A place {@code km} kilometres north of the first nurse's base (one minute per kilometre). */
    private static GeoLocation at(double km) {
        return new GeoLocation(50.0 + km * KM, 14.0);
    }

    private static Visit visit(String id, double km, int opensMinute, int closesMinute, int minutes,
            boolean mandatory) {
        return new Visit(id, "p-" + id, null, at(km), Duration.ofMinutes(minutes), List.of(new TimeWindow(DAY
                .plusSeconds(60L * opensMinute), DAY.plusSeconds(60L * closesMinute))), Set.of("nurse"), 5, mandatory,
                0);
    }

    /**
     * Nurses n0..n{links} 30 km apart on one road, 07:00-12:00 (minute 0 is 07:00). The seed s (km 9, starts by
     * 07:15) is reachable by n0 only; visit p{k} (30 k + 12 km, starts between 07:10 and 07:25) by nurses k and k + 1,
     * and no nurse serves s and p1, or p{k} and p{k+1}. The plan: s by n0, p{k} by n{k}. With {@code busyLast}, the
     * last nurse also has an optional visit o that only she can reach and that she cannot serve beside p{links}: then
     * no step of the chain alone keeps every visit planned; the whole chain must move at once, o left out.
     */
    static Problem chain(int links, boolean busyLast) {
        List<Caregiver> nurses = new ArrayList<>();
        // listed from the middle of the road: no order by distance from the first shift's start is the chain's
        for (int i = 0; i <= links; i++) {
            int k = (i + (links + 1) / 2) % (links + 1);
            GeoLocation base = at(30.0 * k);
            nurses.add(new Caregiver("n" + k, "Nurse " + k, Set.of("nurse"), TransportMode.CAR,
                    Caregiver.UNLIMITED_CAPACITY, List.of(new Shift("n" + k + "-day", DAY, DAY.plusSeconds(5 * 3600),
                            base, base))));
        }
        List<Visit> visits = new ArrayList<>();
        visits.add(visit("s", 9, 5, 15, 15, true));
        for (int k = 1; k <= links; k++) {
            visits.add(visit("p" + k, 30.0 * (k - 1) + 12, 10, 25, 20, true));
        }
        if (busyLast) {
            visits.add(visit("o", 30.0 * links + 3, 0, 25, 20, false));
        }
        return new Problem("chain-" + links, ZoneId.of("UTC"), TimeFormat.ISO, new HaversineTravel(1.0, Map.of(
                TransportMode.CAR, 60.0)), nurses, visits, Map.of());
    }

    /** The trap: p{k} with nurse k - 1 (its cheapest), o (if any) with the last nurse, s left out. */
    private static SearchRoutes trapped(CareSchedule schedule) {
        int last = schedule.getShifts().size() - 1;
        for (CareVisit visit : schedule.getVisits()) {
            if (visit.getId().equals("o")) {
                shift(schedule, last).setVisits(new ArrayList<>(List.of(visit)));
            } else if (!visit.getId().equals("s")) {
                int k = Integer.parseInt(visit.getId().substring(1));
                shift(schedule, k - 1).setVisits(new ArrayList<>(List.of(visit)));
            }
        }
        SearchFixture.score(schedule);
        return SearchRoutes.of(schedule, 1, 0);
    }

    private static CareShift shift(CareSchedule schedule, int nurse) {
        return schedule.getShifts().stream().filter(shift -> shift.getId().equals("n" + nurse + "-day")).findFirst()
                .orElseThrow();
    }

    private static int routeOf(SearchRoutes routes, int nurse) {
        for (int r = 0; r < routes.routeCount(); r++) {
            if (routes.shifts[r].getId().equals("n" + nurse + "-day")) {
                return r;
            }
        }
        throw new IllegalArgumentException("n" + nurse);
    }

    private static int indexOf(SearchRoutes routes, String id) {
        for (int v = 0; v < routes.visitCount(); v++) {
            if (routes.visits[v].getId().equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException(id);
    }

    @Test
    void bandRuinAndScarceFirstRecreate_buildTheChainFromTheTrap() {
        for (long seed = 1; seed <= 20; seed++) {
            CareSchedule schedule = ScheduleFactory.build(chain(2, false)).schedule();
            SearchRoutes routes = trapped(schedule);
            assertThat(routes.unassignedMandatory()).isEqualTo(1);
            SplittableRandom random = new SplittableRandom(seed);
            int s = indexOf(routes, "s");

            WindowBandRemoval removal = new WindowBandRemoval(routes.visitCount());
            int removed = removal.ruin(routes, s, random);
            int[] buffer = new int[routes.visitCount()];
            for (int i = 0; i < removed; i++) {
                buffer[i] = removal.removed(i);
            }
            buffer[removed] = s;
            int others = new ScarceFirstInsertion(0.0).insertMandatory(routes, buffer, removed + 1, random);
            routes.commit();

            assertThat(removed).as("seed %d", seed).isEqualTo(2);
            assertThat(others).isZero();
            assertThat(routes.unassignedMandatory()).as("seed %d", seed).isZero();
            assertThat(routes.routeOf(s)).isEqualTo(routeOf(routes, 0));
            assertThat(routes.routeOf(indexOf(routes, "p1"))).isEqualTo(routeOf(routes, 1));
            assertThat(routes.routeOf(indexOf(routes, "p2"))).isEqualTo(routeOf(routes, 2));
            SearchFixture.writeBack(routes);
            assertThat(SearchFixture.score(schedule)).extracting(HardMediumSoftScore::hardScore).isEqualTo(0L);
        }
    }

    @Test
    void theStringRuinsRecreateOrder_leavesTheScarceVisitOutOfTheSameRoom() {
        int failures = 0;
        for (long seed = 1; seed <= 20; seed++) {
            CareSchedule schedule = ScheduleFactory.build(chain(2, false)).schedule();
            SearchRoutes routes = trapped(schedule);
            int[] buffer = {indexOf(routes, "s"), indexOf(routes, "p1"), indexOf(routes, "p2")};
            routes.remove(buffer[1]);
            routes.remove(buffer[2]);
            routes.recomputeTouched();

            new BlinkInsertion(0.0, null, 0).recreate(routes, buffer, 3, new SplittableRandom(seed));

            failures += routes.unassignedMandatory() > 0 ? 1 : 0;
        }
        assertThat(failures).isPositive();
    }

    @Tag("slow")
    @Test
    void searchFromTheTrap_plansTheChainWithAnExactScore() {
        Problem problem = chain(7, true);
        ScheduleFactory.Built built = ScheduleFactory.build(problem);
        trapped(built.schedule());
        Plan trap = PlanFactory.toPlan(problem, built, built.schedule(), SearchFixture.score(built.schedule()));
        assertThat(trap.summary().assignedVisits()).isEqualTo(8);

        // FULL_ASSERT: Timefold recalculates the score from scratch after every move the search applies
        Plan plan = Planner.create().solve(problem, trap, SolveOptions.defaults().withMoveCountLimit(3_000L)
                .withTimeLimit(null).withSeed(3L).withAssertionMode(AssertionMode.FULL));

        assertThat(plan.summary().hardScore()).isZero();
        assertThat(plan.unassignedVisits()).extracting(UnassignedVisit::visitId).containsExactly("o");
        assertThat(Planner.create().verify(problem, plan).feasible()).isTrue();
    }
}
