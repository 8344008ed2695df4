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
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.HaversineTravel;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.model.Visit;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.model.ScheduleFactory;
import org.junit.jupiter.api.Test;

/**
 * One nurse whose early morning an optional visit holds: the mandatory visit fits only if the optional one goes. No
 * insertion of the mandatory visit into the route as it is keeps the rules, so neither ruin alone frees it when the
 * recreate puts the optional visit back first; the rescue plans the mandatory visits alone, then the optional ones
 * around them.
 */
class MandatoryRescueTest {

    private static final Instant DAY = Instant.parse("2027-03-01T06:00:00Z");
    private static final double KM = 1.0 / 111.195;

    /** A place {@code km} kilometres north of the nurse's base (one minute per kilometre). */
    private static GeoLocation at(double km) {
        return new GeoLocation(50.0 + km * KM, 14.0);
    }

    private static Visit visit(String id, double km, int opensMinute, int closesMinute, boolean mandatory) {
        return new Visit(id, "p-" + id, null, at(km), Duration.ofMinutes(20), List.of(new TimeWindow(DAY
                .plusSeconds(60L * opensMinute), DAY.plusSeconds(60L * closesMinute))), Set.of("nurse"), 5, mandatory,
                0);
    }

    /**
     * 07:00-12:00 (minute 0 is 07:00). {@code s} (mandatory, km 9, starts 07:05-07:15) and {@code o} (optional, km
     * 8, starts 07:00-07:20) exclude each other; {@code late} (optional, km 10, any time until 11:00) fits beside
     * either. {@code far} (mandatory, 200 km away) no one can reach in time.
     */
    private static Problem morning(boolean withFar) {
        GeoLocation base = at(0);
        List<Caregiver> nurses = List.of(new Caregiver("n0", "Nurse 0", Set.of("nurse"), TransportMode.CAR,
                Caregiver.UNLIMITED_CAPACITY, List.of(new Shift("n0-day", DAY, DAY.plusSeconds(5 * 3600), base,
                        base))));
        List<Visit> visits = new ArrayList<>(List.of(visit("s", 9, 5, 15, true), visit("o", 8, 0, 20, false), visit(
                "late", 10, 0, 240, false)));
        if (withFar) {
            visits.add(visit("far", 200, 0, 30, true));
        }
        return new Problem("morning", ZoneId.of("UTC"), TimeFormat.ISO, new HaversineTravel(1.0, Map.of(
                TransportMode.CAR, 60.0)), nurses, visits, Map.of());
    }

    /** The trap: the nurse serves o then late; s (and far) left out. */
    private static SearchRoutes trapped(CareSchedule schedule) {
        List<CareVisit> route = new ArrayList<>();
        for (String id : List.of("o", "late")) {
            route.add(schedule.getVisits().stream().filter(v -> v.getId().equals(id)).findFirst().orElseThrow());
        }
        schedule.getShifts().getFirst().setVisits(route);
        SearchFixture.score(schedule);
        return SearchRoutes.of(schedule, 1, 0);
    }

    private static int indexOf(SearchRoutes routes, String id) {
        for (int v = 0; v < routes.visitCount(); v++) {
            if (routes.visits[v].getId().equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private static boolean rescue(SearchRoutes routes, long seed) {
        int[] locations = new int[routes.visitCount()];
        for (int v = 0; v < locations.length; v++) {
            locations[v] = routes.visits[v].facts().location();
        }
        CandidateLists candidates = CandidateLists.build(locations, routes.shifts[0].getTravel(), 1, 0, 10);
        return new MandatoryRescue(routes.visitCount()).rescue(routes, new StringRemoval(candidates, routes
                .routeCount(), routes.visitCount(), 2, 2), new WindowBandRemoval(routes.visitCount()),
                new ScarceFirstInsertion(0.0), new BlinkInsertion(0.0, null, 0), new SplittableRandom(seed),
                () -> false);
    }

    @Test
    void optionalVisitHoldsTheOnlyRoom_rescuePlacesTheMandatoryVisitAndKeepsWhatStillFits() {
        for (long seed = 1; seed <= 10; seed++) {
            CareSchedule schedule = ScheduleFactory.build(morning(false)).schedule();
            SearchRoutes routes = trapped(schedule);
            assertThat(routes.unassignedMandatory()).isEqualTo(1);

            boolean rescued = rescue(routes, seed);

            assertThat(rescued).as("seed %d", seed).isTrue();
            assertThat(routes.unassignedMandatory()).isZero();
            assertThat(routes.routeOf(indexOf(routes, "s"))).isZero();
            assertThat(routes.routeOf(indexOf(routes, "late"))).as("recreated around the mandatory visit").isZero();
            assertThat(routes.routeOf(indexOf(routes, "o"))).as("no room beside s").isNegative();
            SearchFixture.writeBack(routes);
            assertThat(SearchFixture.score(schedule)).extracting(HardMediumSoftScore::hardScore).isEqualTo(0L);
        }
    }

    @Test
    void mandatoryVisitNoOneCanReach_rescueReportsNoGain() {
        CareSchedule schedule = ScheduleFactory.build(morning(true)).schedule();
        SearchRoutes routes = trapped(schedule);
        assertThat(routes.unassignedMandatory()).isEqualTo(2);

        boolean rescued = rescue(routes, 1);

        // s is placed, far is not: one fewer left out than before
        assertThat(rescued).isTrue();
        assertThat(routes.unassignedMandatory()).isEqualTo(1);
        assertThat(routes.routeOf(indexOf(routes, "far"))).isNegative();
    }

    @Test
    void nothingToGain_rescueReportsFalse() {
        CareSchedule schedule = ScheduleFactory.build(morning(false)).schedule();
        SearchRoutes routes = trapped(schedule);
        routes.remove(indexOf(routes, "o"));
        routes.recomputeTouched();
        routes.insert(indexOf(routes, "s"), 0, 0);
        routes.commit();
        assertThat(routes.unassignedMandatory()).isZero();

        assertThat(rescue(routes, 1)).isFalse();
    }

    @Test
    void noOptionalVisitPlanned_rescueLeavesTheWorkToTheOrdinarySearch() {
        CareSchedule schedule = ScheduleFactory.build(morning(false)).schedule();
        SearchRoutes routes = trapped(schedule);
        routes.remove(indexOf(routes, "o"));
        routes.remove(indexOf(routes, "late"));
        routes.recomputeTouched();
        routes.commit();

        assertThat(rescue(routes, 1)).isFalse();
        assertThat(routes.unassignedMandatory()).isEqualTo(1);
    }
}
