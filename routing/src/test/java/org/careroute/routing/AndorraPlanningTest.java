package org.careroute.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.careroute.core.api.Planner;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.Location;
import org.careroute.core.api.model.OsmTravel;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.model.Visit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small home-care day in Andorra planned on real roads through the {@link Planner} facade. */
@Tag("slow")
class AndorraPlanningTest {

    private static final Instant DAY = Instant.parse("2027-03-01T07:00:00Z");
    private static final GeoLocation BASE = new GeoLocation(42.5078, 1.5211);

    @TempDir
    Path cache;

    @Test
    void plannerWithRoadNetwork_plansOnRoadTravelTimesAndVerifies() {
        RoutingOptions options = RoutingOptions.of(SharedOsm.file("andorra.osm.pbf"), cache)
                .withModes(EnumSet.of(TransportMode.CAR));
        try (RoadNetwork roads = RoadNetwork.open(options)) {
            List<GeoLocation> clients = MatrixBenchmark.connectedPoints(roads, TransportMode.CAR, 12, new Random(9));
            Problem problem = problem(clients, options.osmFile().toString());
            Planner planner = Planner.create(roads);

            Plan plan = planner.solve(problem,
                    SolveOptions.defaults().withMoveCountLimit(5_000L).withTimeLimit(null).withSeed(1));

            VerificationReport report = planner.verify(problem, plan);
            assertThat(report.violations()).isEmpty();
            assertThat(plan.summary().assignedVisits()).isPositive();
            List<Location> all = new ArrayList<>();
            all.add(BASE);
            all.addAll(clients);
            RoadTravelMatrix matrix = roads.matrix(all, TransportMode.CAR);
            for (ShiftPlan shift : plan.shifts()) {
                int previous = 0;
                for (PlannedVisit visit : shift.visits()) {
                    int here = 1 + Integer.parseInt(visit.visitId().substring(1));
                    assertThat(visit.travelFromPrevious().seconds()).isEqualTo(matrix.durationSeconds(previous,
                            here));
                    assertThat(visit.travelFromPrevious().meters()).isEqualTo(matrix.distanceMeters(previous, here));
                    previous = here;
                }
            }
        }
    }

    private static Problem problem(List<GeoLocation> clients, String osmFile) {
        List<Caregiver> caregivers = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            Shift shift = new Shift("s" + c, DAY, DAY.plus(Duration.ofHours(8)), BASE, BASE);
            caregivers.add(new Caregiver("c" + c, "Caregiver " + c, Set.of("nurse"), TransportMode.CAR,
                    Caregiver.UNLIMITED_CAPACITY, List.of(shift)));
        }
        List<Visit> visits = new ArrayList<>();
        for (int v = 0; v < clients.size(); v++) {
            visits.add(new Visit("v" + v, "p" + v, null, clients.get(v), Duration.ofMinutes(20),
                    List.of(new TimeWindow(DAY, DAY.plus(Duration.ofHours(8)))), Set.of("nurse"), 1, false, 0));
        }
        return new Problem("andorra-day", ZoneId.of("Europe/Andorra"), TimeFormat.ISO, OsmTravel.of(osmFile),
                caregivers, visits, Map.of());
    }
}
