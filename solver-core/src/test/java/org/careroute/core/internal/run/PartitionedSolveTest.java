package org.careroute.core.internal.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.careroute.core.api.Partition;
import org.careroute.core.api.Planner;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.HaversineTravel;
import org.careroute.core.api.model.MatrixLocation;
import org.careroute.core.api.model.MatrixTravel;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.model.Visit;
import org.junit.jupiter.api.Test;

class PartitionedSolveTest {

    private static final Instant DAY = Instant.parse("2027-03-01T06:00:00Z");
    private static final GeoLocation KARLSTAD = new GeoLocation(59.3793, 13.5036);
    private static final GeoLocation TORSBY = new GeoLocation(60.1343, 13.0000);
    private static final SolveOptions MOVES = new SolveOptions(null, null, null, 3_000L, 1L, null);

    /** Two bases 90 km apart, three caregivers and 18 visits (9 patients) around each. */
    private static Problem twoBases() {
        Random random = new Random(11);
        List<Caregiver> caregivers = new ArrayList<>();
        List<Visit> visits = new ArrayList<>();
        GeoLocation[] bases = {KARLSTAD, TORSBY};
        for (int b = 0; b < 2; b++) {
            for (int c = 0; c < 3; c++) {
                String id = "c" + b + c;
                caregivers.add(new Caregiver(id, null, Set.of("nurse"), TransportMode.CAR,
                        Caregiver.UNLIMITED_CAPACITY, List.of(new Shift(id + "-s", DAY, DAY.plusSeconds(9 * 3600),
                                bases[b], bases[b]))));
            }
            for (int p = 0; p < 9; p++) {
                GeoLocation home = new GeoLocation(bases[b].lat() + (random.nextDouble() - 0.5) * 0.06, bases[b]
                        .lon() + (random.nextDouble() - 0.5) * 0.12);
                for (int k = 0; k < 2; k++) {
                    Instant from = DAY.plusSeconds(3600 + k * 4 * 3600L);
                    visits.add(new Visit("v" + b + p + k, "p" + b + p, null, home, Duration.ofMinutes(20),
                            List.of(new TimeWindow(from, from.plusSeconds(3 * 3600))), Set.of("nurse"), 1, false,
                            0));
                }
            }
        }
        return new Problem("two bases", ZoneOffset.UTC, TimeFormat.ISO, HaversineTravel.defaults(), caregivers,
                visits, Map.of());
    }

    @Test
    void twoBases_giveTwoPartitionsWithTheirOwnPatients() {
        List<Partition> partitions = Planner.partitions(twoBases());

        assertThat(partitions).hasSize(2);
        assertThat(partitions.get(0).caregiverIds()).containsExactly("c00", "c01", "c02");
        assertThat(partitions.get(0).visitIds()).hasSize(18).allMatch(id -> id.startsWith("v0"));
        assertThat(partitions.get(1).visitIds()).hasSize(18).allMatch(id -> id.startsWith("v1"));
    }

    @Test
    void fullBase_sendsPatientsToTheNextBaseWithRoom() {
        Problem problem = twoBases();
        List<Caregiver> caregivers = new ArrayList<>(problem.caregivers());
        caregivers.removeIf(c -> c.id().equals("c01") || c.id().equals("c02"));
        List<Visit> visits = new ArrayList<>(problem.visits());
        for (int p = 0; p < 12; p++) {
            visits.add(new Visit("x" + p, "px" + p, null, KARLSTAD, Duration.ofHours(1), List.of(), Set.of("nurse"),
                    1, false, 0));
        }
        Problem crowded = new Problem(problem.name(), problem.timeZone(), problem.timeFormat(), problem.travel(),
                caregivers, visits, Map.of());

        List<Partition> partitions = Planner.partitions(crowded);

        assertThat(partitions.get(1).visitIds()).anyMatch(id -> id.startsWith("x") || id.startsWith("v0"));
        assertThat(partitions.get(0).visitIds().size() + partitions.get(1).visitIds().size()).isEqualTo(48);
    }

    @Test
    void partitionedSolve_servesEveryoneAndItsSummaryIsWhatTheVerifierRecomputes() {
        Problem problem = twoBases();
        Planner planner = Planner.create();

        Plan plan = planner.solvePartitioned(problem, MOVES, 2);
        VerificationReport report = planner.verify(problem, plan);

        assertThat(plan.summary().unassignedVisits()).isZero();
        assertThat(report.violations()).isEmpty();
        assertThat(report.recomputed()).isEqualTo(plan.summary());
        assertThat(plan.shifts()).extracting(s -> s.shiftId()).containsExactly("c00-s", "c01-s", "c02-s", "c10-s",
                "c11-s", "c12-s");
    }

    @Test
    void partitionedSolve_withMoveLimit_isReproducibleOnOneOrTwoThreads() {
        Problem problem = twoBases();
        Planner planner = Planner.create();

        assertThat(planner.solvePartitioned(problem, MOVES, 1)).isEqualTo(planner.solvePartitioned(problem, MOVES,
                2));
    }

    @Test
    void matrixLocations_cannotBePartitioned() {
        Problem problem = new Problem("m", ZoneOffset.UTC, TimeFormat.ISO,
                new MatrixTravel(new long[][]{{0, 1}, {1, 0}}, new long[][]{{0, 1}, {1, 0}}),
                List.of(new Caregiver("c", null, Set.of(), null, Caregiver.UNLIMITED_CAPACITY, List.of(
                        new Shift("s", DAY, DAY.plusSeconds(3600), new MatrixLocation(0), null)))),
                List.of(),
                Map.of());

        assertThatThrownBy(() -> Planner.partitions(problem)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without --partition-by");
    }
}
