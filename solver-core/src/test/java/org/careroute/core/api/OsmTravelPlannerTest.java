package org.careroute.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.careroute.core.api.model.Location;
import org.careroute.core.api.model.OsmTravel;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.travel.TravelMatrix;
import org.careroute.core.api.travel.TravelMatrixSource;
import org.careroute.core.api.travel.UnroutableLocation;
import org.careroute.core.api.travel.UnroutableLocationsException;
import org.careroute.core.testutil.TestProblems;
import org.junit.jupiter.api.Test;

/** Osm travel: the planner takes its matrices from the {@link TravelMatrixSource} it was created with. */
class OsmTravelPlannerTest {

    private static SolveOptions moves(long moves) {
        return SolveOptions.defaults().withMoveCountLimit(moves).withTimeLimit(null).withSeed(3);
    }

    private static Problem withOsm(Problem problem, OsmTravel travel) {
        return new Problem(problem.name(), problem.timeZone(), problem.timeFormat(), travel, problem.caregivers(),
                problem.visits(), problem.constraintWeights());
    }

    /** A made-up road network: travel grows with the distance of the location indices. */
    private static final class FakeRoads implements TravelMatrixSource {
        final List<List<Location>> requestedLocations = new CopyOnWriteArrayList<>();
        final Set<TransportMode> requestedModes = EnumSet.noneOf(TransportMode.class);
        Location unroutable;

        static long seconds(int from, int to) {
            return from == to ? 0 : 120 + 7L * Math.abs(from - to);
        }

        static long meters(int from, int to) {
            return from == to ? 0 : 900 + 55L * Math.abs(from - to);
        }

        @Override
        public synchronized TravelMatrix matrix(List<Location> locations, TransportMode mode) {
            requestedLocations.add(List.copyOf(locations));
            requestedModes.add(mode);
            if (unroutable != null && locations.contains(unroutable)) {
                throw new UnroutableLocationsException(List.of(new UnroutableLocation(locations.indexOf(unroutable),
                        UnroutableLocation.Reason.NOT_SNAPPED, 1234.0, "no road within 500 m")));
            }
            int n = locations.size();
            return new TravelMatrix() {
                @Override
                public int size() {
                    return n;
                }

                @Override
                public long durationSeconds(int from, int to) {
                    return seconds(from, to);
                }

                @Override
                public long distanceMeters(int from, int to) {
                    return meters(from, to);
                }
            };
        }
    }

    @Test
    void osmTravel_solveAndVerifyUseTheSourcesMatrix() {
        FakeRoads roads = new FakeRoads();
        Planner planner = Planner.create(roads);
        Problem problem = withOsm(TestProblems.random(5, 12, 3), OsmTravel.of("region.osm.pbf"));

        Plan plan = planner.solve(problem, moves(5_000));

        List<Location> locations = roads.requestedLocations.get(0);
        int legs = 0;
        for (ShiftPlan shift : plan.shifts()) {
            Location previous = problem.caregivers().stream().flatMap(c -> c.shifts().stream())
                    .filter(s -> s.id().equals(shift.shiftId())).findFirst().orElseThrow().startLocation();
            for (PlannedVisit planned : shift.visits()) {
                Location here = visit(problem, planned.visitId()).location();
                int from = locations.indexOf(previous);
                int to = locations.indexOf(here);
                assertThat(planned.travelFromPrevious().seconds()).isEqualTo(FakeRoads.seconds(from, to));
                assertThat(planned.travelFromPrevious().meters()).isEqualTo(FakeRoads.meters(from, to));
                previous = here;
                legs++;
            }
        }
        assertThat(legs).isPositive();
        int requestsBeforeVerify = roads.requestedLocations.size();
        VerificationReport report = planner.verify(problem, plan);
        assertThat(roads.requestedLocations.size()).isGreaterThan(requestsBeforeVerify);
        assertThat(report.recomputed().totalTravelSeconds()).isEqualTo(plan.summary().totalTravelSeconds());
        assertThat(report.recomputed().totalDistanceMeters()).isEqualTo(plan.summary().totalDistanceMeters());
        assertThat(roads.requestedModes).isEqualTo(transportModes(problem));
    }

    @Test
    void profileOverride_usesOneProfileForEveryCaregiver() {
        FakeRoads roads = new FakeRoads();
        Problem problem = withOsm(TestProblems.random(6, 12, 6), new OsmTravel("region.osm.pbf", 500, null,
                TransportMode.FOOT));
        assertThat(transportModes(problem)).contains(TransportMode.CAR, TransportMode.BIKE);

        Planner.create(roads).solve(problem, moves(1_000));

        assertThat(roads.requestedModes).containsExactly(TransportMode.FOOT);
    }

    @Test
    void unroutableLocation_isAnInputErrorAtEveryUse() {
        FakeRoads roads = new FakeRoads();
        Problem problem = withOsm(TestProblems.random(7, 10, 2), OsmTravel.of("region.osm.pbf"));
        roads.unroutable = problem.visits().get(4).location();

        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> Planner.create(roads).solve(problem, moves(1_000)));

        assertThat(error.errors()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.source()).isEqualTo("problem");
            assertThat(e.message()).contains("no road within 500 m");
        });
        assertThat(error.errors()).anySatisfy(e -> {
            assertThat(e.pointer()).isEqualTo("/visits/4/location");
            assertThat(e.message()).startsWith("Visit 'v4'");
        });
    }

    @Test
    void validateWithSource_reportsUnroutableLocationsUnderTheSourceName() {
        FakeRoads roads = new FakeRoads();
        Problem problem = withOsm(TestProblems.random(9, 10, 2), OsmTravel.of("region.osm.pbf"));

        assertThat(ProblemValidator.validate(problem, "day.json", roads)).isEmpty();
        roads.unroutable = problem.visits().get(2).location();
        List<InputError> errors = ProblemValidator.validate(problem, "day.json", roads);

        assertThat(errors).anySatisfy(e -> {
            assertThat(e.source()).isEqualTo("day.json");
            assertThat(e.pointer()).isEqualTo("/visits/2/location");
            assertThat(e.message()).contains("Visit 'v2'").contains("no road within 500 m");
        });
    }

    @Test
    void osmTravelWithoutSource_isRejectedWithAHint() {
        Problem problem = withOsm(TestProblems.random(8, 5, 1), OsmTravel.of("region.osm.pbf"));

        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> Planner.create().solve(problem, moves(100)));

        assertThat(error.errors()).singleElement().satisfies(e -> {
            assertThat(e.pointer()).isEqualTo("/travel/mode");
            assertThat(e.message()).contains("Planner.create(source)").contains("--osm").contains(
                    "never opens files named inside a problem");
        });
    }

    private static Visit visit(Problem problem, String id) {
        return problem.visits().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    private static Set<TransportMode> transportModes(Problem problem) {
        Set<TransportMode> modes = EnumSet.noneOf(TransportMode.class);
        problem.caregivers().forEach(c -> modes.add(c.transportMode()));
        return modes;
    }
}
