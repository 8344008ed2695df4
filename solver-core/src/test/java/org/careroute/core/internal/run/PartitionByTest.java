package org.careroute.core.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroute.core.api.Partition;
import org.careroute.core.api.PartitionBy;
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
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.VisitDependency;
import org.careroute.core.api.model.VisitLinks;
import org.careroute.core.api.model.WorkTerms;
import org.junit.jupiter.api.Test;

/** Partitions by team and by day, sub-problems, merging and the greedy plan. */
class PartitionByTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Instant MONDAY = Instant.parse("2027-03-01T06:00:00Z");
    private static final GeoLocation BASE = new GeoLocation(59.3793, 13.5036);

    /**
     * Two teams at one base over two days: a day team (07:00-16:00) and a night team (22:00-07:00). Patient p1 has a
     * visit at 01:00 on Tuesday (the night shift that started on Monday) and p2 a Tuesday visit that depends on
     * nothing; p3's Wednesday visit depends on its Tuesday visit.
     */
    private static Problem twoTeamsThreeDays() {
        List<Caregiver> caregivers = new ArrayList<>();
        for (int d = 0; d < 3; d++) {
            Instant day = MONDAY.plus(Duration.ofDays(d));
            caregivers.add(caregiver("day-" + d, "day", new Shift("day-" + d + "-s", day, day.plus(Duration.ofHours(
                    9)), BASE, BASE)));
            caregivers.add(caregiver("night-" + d, "night", new Shift("night-" + d + "-s", day.plus(Duration.ofHours(
                    15)), day.plus(Duration.ofHours(24)), BASE, BASE)));
        }
        Instant tuesday = MONDAY.plus(Duration.ofDays(1));
        List<Visit> visits = List.of(
                visit("v1", "p1", tuesday.minus(Duration.ofHours(6)), VisitLinks.NONE),
                visit("v2", "p2", tuesday.plus(Duration.ofHours(2)), VisitLinks.NONE),
                visit("v3a", "p3", tuesday.plus(Duration.ofHours(3)), VisitLinks.NONE),
                visit("v3b", "p3", tuesday.plus(Duration.ofHours(27)), new VisitLinks(List.of(), List.of(
                        new VisitDependency("v3a", Duration.ofHours(20), null, null)), null, null)),
                visit("v4", "p4", MONDAY.plus(Duration.ofHours(2)), VisitLinks.NONE));
        return new Problem("two teams", STOCKHOLM, TimeFormat.ISO, HaversineTravel.defaults(), caregivers, visits,
                Map.of());
    }

    private static Caregiver caregiver(String id, String team, Shift shift) {
        return new Caregiver(id, null, Set.of("nurse"), TransportMode.CAR, Caregiver.UNLIMITED_CAPACITY, List.of(
                shift), new WorkTerms(null, 0, 0, team));
    }

    private static Visit visit(String id, String client, Instant from, VisitLinks links) {
        return new Visit(id, client, null, new GeoLocation(59.39, 13.52), Duration.ofMinutes(20), List.of(
                new TimeWindow(from, from.plus(Duration.ofHours(1)))), Set.of("nurse"), 1, true, 0,
                null, links);
    }

    @Test
    void byTeam_groupsCaregiversByTeamAndKeepsEachPatientTogether() {
        List<Partition> partitions = Planner.partitions(twoTeamsThreeDays(), PartitionBy.TEAM);

        assertThat(partitions).extracting(Partition::name).containsExactly("day", "night");
        assertThat(partitions.get(0).caregiverIds()).containsExactly("day-0", "day-1", "day-2");
        assertThat(partitions.get(1).shiftIds()).containsExactly("night-0-s", "night-1-s", "night-2-s");
        assertThat(partitions.stream().filter(p -> p.visitIds().contains("v3a")).findFirst().orElseThrow()
                .visitIds()).contains("v3b");
    }

    @Test
    void byDay_nightVisitGoesWithTheNightShiftAndDependentDaysStayTogether() {
        Problem problem = twoTeamsThreeDays();

        List<Partition> partitions = Planner.partitions(problem, PartitionBy.DAY);

        assertThat(partitions).extracting(Partition::name).containsExactly("2027-03-01", "2027-03-02+2027-03-03");
        assertThat(partitions.get(0).visitIds()).containsExactly("v1", "v4");
        assertThat(partitions.get(0).shiftIds()).containsExactly("day-0-s", "night-0-s");
        assertThat(partitions.get(1).visitIds()).containsExactly("v2", "v3a", "v3b");
        Problem tuesday = Planner.subProblem(problem, partitions.get(1));
        assertThat(tuesday.caregivers()).extracting(Caregiver::id).containsExactly("day-1", "night-1", "day-2",
                "night-2");
    }

    @Test
    void plansOfDayPartitions_mergeIntoAPlanTheVerifierAccepts() {
        Problem problem = twoTeamsThreeDays();
        Planner planner = Planner.create();
        SolveOptions moves = new SolveOptions(null, null, null, 500L, 1L, null);

        List<Plan> plans = Planner.partitions(problem, PartitionBy.DAY).stream().map(p -> planner.solve(Planner
                .subProblem(problem, p), moves)).toList();
        Plan merged = Planner.merge(problem, plans);

        assertThat(planner.verify(problem, merged).violations()).isEmpty();
        assertThat(merged.summary().assignedVisits()).isEqualTo(5);
    }

    @Test
    void greedyPlan_isAPlanOfTheWholeProblem() {
        Problem problem = twoTeamsThreeDays();
        Planner planner = Planner.create();

        Plan greedy = planner.greedy(problem);

        assertThat(greedy.summary().assignedVisits() + greedy.summary().unassignedVisits()).isEqualTo(5);
        assertThat(planner.verify(problem, greedy).recomputed().assignedVisits()).isEqualTo(greedy.summary()
                .assignedVisits());
    }
}
