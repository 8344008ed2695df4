package org.careroute.core.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.Planner;
import org.careroute.core.api.ProblemValidator;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.Violation;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.MatrixLocation;
import org.careroute.core.api.model.MatrixTravel;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftBreak;
import org.careroute.core.api.model.ShiftRules;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.model.Visit;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.model.ScheduleFactory;
import org.careroute.core.internal.output.PlanFactory;

/**
 * Solver and verifier agree on the idle time and the missed breaks of one route whose missable breaks fall during
 * it, at its end (taken before leaving or on the way back, or missed there) and after it (taken after the return,
 * or missed because an earlier break runs past their latest start): random shifts, breaks and routes, every route
 * scored by the solver's constraints and recomputed by the independent verifier, constraint by constraint.
 */
class MissableBreakAgreementPropertiesTest {

    private static final Planner PLANNER = Planner.create();
    private static final Instant SHIFT_START = Instant.parse("2027-03-01T06:00:00Z");
    private static final long[][] SECONDS = {{0, 600, 900, 1200}, {600, 0, 300, 900}, {900, 300, 0, 600}, {1200,
            900, 600, 0}};
    private static final List<CareConstraint> COMPARED = List.of(CareConstraint.IDLE_TIME,
            CareConstraint.WORST_CAREGIVER_IDLE_TIME, CareConstraint.MISSED_BREAK, CareConstraint.BREAK_WINDOW,
            CareConstraint.SHIFT_END);

    /** A break: minutes from the shift start to its earliest start, its duration, the slack of its window. */
    record BreakSpec(int earliest, int minutes, int slack, boolean missable) {
    }

    /** A visit: location 1..3, minutes of service, and a window as minutes from the shift start (none: -1). */
    record VisitSpec(int location, int minutes, int windowStart, int windowLength) {
    }

    /** A day: shift length in minutes, open end, breaks, and the route in order. */
    record Day(int shiftMinutes, boolean openEnd, List<BreakSpec> breaks, List<VisitSpec> visits) {
    }

    @Provide
    Arbitrary<Day> days() {
        Arbitrary<BreakSpec> breaks = Combinators.combine(Arbitraries.integers().between(0, 420), Arbitraries.of(10,
                15, 30, 45), Arbitraries.integers().between(0, 120),
                Arbitraries.integers().between(0, 9).map(
                        i -> i < 7))
                .as(BreakSpec::new);
        Arbitrary<VisitSpec> visits = Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers()
                .between(5, 90), Arbitraries.integers().between(-60, 400), Arbitraries.integers().between(20, 120))
                .as(VisitSpec::new);
        return Combinators.combine(Arbitraries.integers().between(180, 540), Arbitraries.of(false, true), breaks
                .list().ofMinSize(1).ofMaxSize(3), visits.list().ofMinSize(1).ofMaxSize(6)).as(Day::new);
    }

    @Property(tries = 400)
    void idleTimeAndMissedBreaks_solverAndVerifierAgree(@ForAll("days") Day day) {
        Problem problem = problem(day);
        assertThat(ProblemValidator.validate(problem, "generated")).isEmpty();
        Plan plan = routeAsGiven(problem);

        VerificationReport report = PLANNER.verify(problem, plan);

        assertThat(report.violations()).filteredOn(v -> v.constraintId().equals(Violation.PLAN_STRUCTURE))
                .isEmpty();
        for (CareConstraint constraint : COMPARED) {
            Problem isolated = ConstraintAmounts.isolate(problem, constraint);
            long solver = ConstraintAmounts.solverAmount(isolated, plan, constraint, null);
            long verifier = -ConstraintAmounts.level(PLANNER.verify(isolated, plan).recomputed(), constraint
                    .level());
            assertThat(solver).as("%s: solver vs verifier", constraint.id()).isEqualTo(verifier);
        }
        assertThat(report.recomputed().hardScore()).isEqualTo(plan.summary().hardScore());
        assertThat(report.recomputed().softScore()).isEqualTo(plan.summary().softScore());
        Instant back = plan.shifts().getFirst().returnTime();
        Statistics.label("missed").collect(report.violations().stream().anyMatch(v -> v.constraintId().equals(
                CareConstraint.MISSED_BREAK.id())) || missedAny(problem, plan));
        Statistics.label("break after the return").collect(plan.shifts().getFirst().breaks().stream().anyMatch(
                b -> !b.start().isBefore(back)));
        Statistics.label("missed").coverage(c -> c.check(true).percentage(p -> p > 5));
        Statistics.label("break after the return").coverage(c -> c.check(true).percentage(p -> p > 10));
    }

    private static boolean missedAny(Problem problem, Plan plan) {
        return plan.shifts().getFirst().breaks().size() < problem.caregivers().getFirst().shifts().getFirst().rules()
                .breaks().size();
    }

    /** The problem of {@code day}: weights 1 for idle time, the worst idle time and a missed break. */
    private static Problem problem(Day day) {
        Instant end = SHIFT_START.plus(Duration.ofMinutes(day.shiftMinutes()));
        List<ShiftBreak> breaks = new ArrayList<>();
        for (BreakSpec b : day.breaks()) {
            Instant earliest = SHIFT_START.plus(Duration.ofMinutes(Math.min(b.earliest(), day.shiftMinutes() - b
                    .minutes())));
            Instant latestEnd = earliest.plus(Duration.ofMinutes(b.minutes() + b.slack()));
            breaks.add(new ShiftBreak(Duration.ofMinutes(b.minutes()), earliest, latestEnd.isAfter(end)
                    ? end
                    : latestEnd, b.missable()));
        }
        breaks.sort((a, b) -> a.earliestStart().compareTo(b.earliestStart()));
        Shift shift = new Shift("s", SHIFT_START, end, new MatrixLocation(0), day.openEnd()
                ? null
                : new MatrixLocation(0), new ShiftRules(breaks, null, null));
        List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < day.visits().size(); i++) {
            VisitSpec v = day.visits().get(i);
            List<TimeWindow> windows = v.windowStart() < 0
                    ? List.of()
                    : List.of(new TimeWindow(SHIFT_START.plus(Duration.ofMinutes(v.windowStart())), SHIFT_START
                            .plus(Duration.ofMinutes(v.windowStart() + v.windowLength()))));
            visits.add(new Visit("v" + i, null, null, new MatrixLocation(v.location()), Duration.ofMinutes(v
                    .minutes()), windows, Set.of(), 1, false, 0));
        }
        long[][] meters = Arrays.stream(SECONDS).map(row -> Arrays.stream(row).map(s -> s * 10).toArray()).toArray(
                long[][]::new);
        return new Problem("missable-breaks", ZoneId.of("Europe/Stockholm"), TimeFormat.ISO, new MatrixTravel(
                SECONDS, meters),
                List.of(new Caregiver("c", null, Set.of(), TransportMode.CAR,
                        Caregiver.UNLIMITED_CAPACITY, List.of(shift))),
                visits, Map.of(CareConstraint.IDLE_TIME.id(), 1L, CareConstraint.WORST_CAREGIVER_IDLE_TIME.id(), 1L,
                        CareConstraint.MISSED_BREAK.id(), 1L));
    }

    /** Every visit on the one shift, in the order given, as the solver's plan output times it. */
    private static Plan routeAsGiven(Problem problem) {
        ScheduleFactory.Built built = ScheduleFactory.build(problem);
        CareSchedule schedule = built.schedule();
        CareShift shift = schedule.getShifts().getFirst();
        shift.setVisits(new ArrayList<CareVisit>(schedule.getVisits()));
        return PlanFactory.toPlan(problem, built, schedule, ConstraintAmounts.SCORER.update(schedule));
    }
}
