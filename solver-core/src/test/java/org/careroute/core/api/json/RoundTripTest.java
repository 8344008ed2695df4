package org.careroute.core.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.ContinuousWorkRule;
import org.careroute.core.api.model.EuclideanTravel;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.HaversineTravel;
import org.careroute.core.api.model.Leg;
import org.careroute.core.api.model.MatrixLocation;
import org.careroute.core.api.model.MatrixTravel;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlanSummary;
import org.careroute.core.api.model.PlaneLocation;
import org.careroute.core.api.model.PlannedBreak;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftBreak;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.ShiftRules;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.model.UnassignedVisit;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.WorkTerms;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Instant MONDAY_7 = Instant.parse("2027-03-01T06:00:00Z");

    static String write(Problem problem) {
        StringWriter out = new StringWriter();
        try {
            CarerouteJson.writeProblem(problem, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Problem roundTrip(Problem problem) {
        return CarerouteJson.readProblem(write(problem), "round-trip.json");
    }

    static Problem haversineProblem() {
        GeoLocation base = new GeoLocation(59.38, 13.50);
        Shift open = new Shift("c2-mon", MONDAY_7.plusSeconds(3600), MONDAY_7.plusSeconds(5 * 3600),
                new GeoLocation(59.39, 13.51), null);
        Shift elsewhere = new Shift("c1-mon", MONDAY_7, MONDAY_7.plusSeconds(9 * 3600), base,
                new GeoLocation(59.41, 13.48));
        Shift back = new Shift("c1-tue", MONDAY_7.plus(Duration.ofDays(1)), MONDAY_7.plus(Duration.ofDays(1))
                .plusSeconds(8 * 3600), base, base);
        List<Caregiver> caregivers = List.of(new Caregiver("c1", "Anna", Set.of("nurse", "insulin"),
                TransportMode.CAR, Caregiver.UNLIMITED_CAPACITY, List.of(elsewhere, back)),
                new Caregiver("c2",
                        null, Set.of("physio"), TransportMode.BIKE, 7, List.of(open)));
        List<Visit> visits = List.of(new Visit("v1", "p17", "Insulin Mrs Berg", new GeoLocation(59.40, 13.52),
                Duration.ofMinutes(30), List.of(new TimeWindow(MONDAY_7.plusSeconds(3600), MONDAY_7.plusSeconds(
                        7200)), new TimeWindow(MONDAY_7.plusSeconds(4 * 3600), MONDAY_7.plusSeconds(5 * 3600))),
                Set.of("nurse", "insulin"), 3, true, 2),
                new Visit("v2", null, null, new GeoLocation(-33.9, 151.2),
                        Duration.ofSeconds(1234, 500_000_000), null, null, 1, false, 0));
        return new Problem("Karlstad home nursing 2027-03-01", STOCKHOLM, TimeFormat.ISO, new HaversineTravel(1.25,
                Map.of(TransportMode.BIKE, 17.5)), caregivers, visits, Map.of("travel-time", 2L, "waiting-time", 0L));
    }

    static Problem euclideanProblem() {
        PlaneLocation depot = new PlaneLocation(40, 50);
        Shift shift = new Shift("vehicle-0", Instant.ofEpochSecond(0), Instant.ofEpochSecond(1236), depot, depot);
        List<Visit> visits = List.of(new Visit("1", null, null, new PlaneLocation(45, 68), Duration.ofSeconds(90),
                List.of(new TimeWindow(Instant.ofEpochSecond(912), Instant.ofEpochSecond(967))), null, 1, true, 10),
                new Visit("2", null, null, new PlaneLocation(45.5, -70.25), Duration.ofSeconds(90), List.of(
                        new TimeWindow(Instant.ofEpochSecond(825, 250_000_000), Instant.ofEpochSecond(870))), null, 1,
                        false, 30));
        return new Problem("C101", ZoneOffset.UTC, TimeFormat.NUMBER, new EuclideanTravel(1.0, 1000.0), List.of(
                new Caregiver("v0", null, null, null, 200, List.of(shift))), visits, null);
    }

    static Problem matrixProblem() {
        long[][] durations = {{0, 600, 900}, {620, 0, 300}, {910, 310, 0}};
        long[][] distances = {{0, 9000, 12000}, {9100, 0, 4000}, {12100, 4100, 0}};
        Shift shift = new Shift("s1", MONDAY_7, MONDAY_7.plusSeconds(8 * 3600), new MatrixLocation(0),
                new MatrixLocation(2));
        return new Problem("matrix", ZoneId.of("UTC"), TimeFormat.ISO, new MatrixTravel(durations, distances), List
                .of(new Caregiver("c", null, Set.of("a"), TransportMode.FOOT, 3, List.of(shift))),
                List.of(new Visit(
                        "v", null, null, new MatrixLocation(1), Duration.ofMinutes(45), null, Set.of("a"), 1, false,
                        1)),
                Map.of());
    }

    /** Every working-day field in use: breaks, working-time law, maximum working time, overtime, costs, team. */
    static Problem workingDayProblem(TimeFormat format) {
        Problem base = format == TimeFormat.ISO ? haversineProblem() : euclideanProblem();
        List<Caregiver> caregivers = new java.util.ArrayList<>();
        for (Caregiver caregiver : base.caregivers()) {
            List<Shift> shifts = caregiver.shifts().stream().map(shift -> new Shift(shift.id(), shift.start(), shift
                    .end(), shift.startLocation(), shift.endLocation(),
                    new ShiftRules(List.of(new ShiftBreak(Duration
                            .ofMinutes(15), shift.start(), shift.start().plusSeconds(900)), new ShiftBreak(
                                    Duration
                                            .ofSeconds(90),
                                    shift.start().plusSeconds(100), shift.end(), true)),
                            Duration.ofHours(7), new ContinuousWorkRule(Duration.ofMinutes(270), Duration.ofMinutes(45),
                                    Duration.ofMinutes(15), true))))
                    .toList();
            caregivers.add(new Caregiver(caregiver.id(), caregiver.name(), caregiver.skills(), caregiver
                    .transportMode(), caregiver.capacity(), shifts,
                    new WorkTerms(Duration.ofMinutes(30), 312.5, 2.25,
                            "north")));
        }
        return new Problem(base.name(), base.timeZone(), base.timeFormat(), base.travel(), caregivers, base.visits(),
                base.constraintWeights());
    }

    @Test
    void workingDayIsoProblem_roundTripsEqual() {
        Problem problem = workingDayProblem(TimeFormat.ISO);
        String json = write(problem);
        assertThat(json).contains("\"breaks\"", "\"continuousWork\"", "\"maxWorkingTime\": \"PT7H\"",
                "\"maxOvertime\": \"PT30M\"", "\"costPerHour\": 312.5", "\"team\": \"north\"");
        assertThat(roundTrip(problem)).isEqualTo(problem);
    }

    @Test
    void workingDayNumberProblem_roundTripsEqual() {
        Problem problem = workingDayProblem(TimeFormat.NUMBER);
        assertThat(roundTrip(problem)).isEqualTo(problem);
    }

    @Test
    void planWithBreaks_roundTripsEqual() {
        Plan plain = plan();
        ShiftPlan route = plain.shifts().getFirst();
        Instant t = route.departure();
        ShiftPlan withBreaks = new ShiftPlan(route.shiftId(), route.caregiverId(), route.departure(), route
                .returnTime(), route.visits(), route.returnLeg(), route.travelSeconds(), route.distanceMeters(),
                List
                        .of(new PlannedBreak(0, t.plusSeconds(600), t.plusSeconds(1500), "v1"), new PlannedBreak(1, t
                                .plusSeconds(7200), t.plusSeconds(9000), null)));
        Plan plan = new Plan(plain.problemName(), plain.score(), plain.summary(), List.of(withBreaks, plain.shifts()
                .get(1)), plain.unassignedVisits());
        String json = write(plan, haversineProblem());
        assertThat(json).contains("\"breakIndex\": 1");
        assertThat(CarerouteJson.readPlan(json, "plan.json")).isEqualTo(plan);
    }

    @Test
    void idleTimeWeights_roundTripEqual() {
        Problem base = haversineProblem();
        Problem problem = new Problem(base.name(), base.timeZone(), base.timeFormat(), base.travel(), base
                .caregivers(), base.visits(), Map.of("idle-time", 2L, "worst-caregiver-idle-time", 5L));
        assertThat(write(problem)).contains("\"idle-time\": 2", "\"worst-caregiver-idle-time\": 5");
        assertThat(roundTrip(problem)).isEqualTo(problem);
    }

    @Test
    void haversineIsoProblem_roundTripsEqual() {
        Problem problem = haversineProblem();
        assertThat(roundTrip(problem)).isEqualTo(problem);
    }

    @Test
    void euclideanNumberProblem_roundTripsEqual() {
        Problem problem = euclideanProblem();
        assertThat(roundTrip(problem)).isEqualTo(problem);
    }

    @Test
    void matrixProblem_roundTripsEqual() {
        Problem problem = matrixProblem();
        assertThat(roundTrip(problem)).isEqualTo(problem);
    }

    @Test
    void writtenProblem_isStableAndHasNoNulls() {
        String json = write(haversineProblem());
        assertThat(json).isEqualTo(write(roundTrip(haversineProblem())));
        assertThat(json).doesNotContain("null").contains("\"openEnd\": true").contains(
                "\"start\": \"2027-03-01T07:00:00+01:00\"").contains("\"skills\": [\"insulin\", \"nurse\"]");
        assertThat(json.indexOf("\"formatVersion\"")).isLessThan(json.indexOf("\"caregivers\""));
    }

    @Test
    void numberProblem_writesNumbers() {
        String json = write(euclideanProblem());
        assertThat(json).contains("\"start\": 825.25").contains("\"duration\": 90").contains("\"end\": 1236");
    }

    @Tag("slow")
    @Test
    void matrixProblem_writesRowsOnOneLine() {
        assertThat(write(matrixProblem())).contains("[0, 600, 900]");
    }

    @Test
    void absentEndLocation_meansBackToStart() {
        Problem problem = CarerouteJson.readProblem(JsonDoc.VALID, "p.json");
        Shift shift = problem.caregivers().getFirst().shifts().getFirst();
        assertThat(shift.endLocation()).isEqualTo(shift.startLocation());
        assertThat(problem.caregivers().get(1).shifts().getFirst().hasOpenEnd()).isTrue();
        assertThat(problem.caregivers().get(1).capacity()).isEqualTo(5);
        assertThat(problem.caregivers().getFirst().capacity()).isEqualTo(Caregiver.UNLIMITED_CAPACITY);
    }

    @Test
    void zonedAndLocalTimes_areReadInTheirZone() {
        JsonDoc doc = JsonDoc.valid().with("/caregivers/0/shifts/0/start", "\"2027-03-01T07:00:00\"").with(
                "/caregivers/0/shifts/0/end", "\"2027-07-01T16:00:00+02:00[Europe/Stockholm]\"");
        Shift shift = CarerouteJson.readProblem(doc.toString(), "p.json").caregivers().getFirst().shifts()
                .getFirst();
        assertThat(shift.start()).isEqualTo(Instant.parse("2027-03-01T06:00:00Z"));
        assertThat(shift.end()).isEqualTo(Instant.parse("2027-07-01T14:00:00Z"));
    }

    @Test
    void problemFile_isReadFromPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("problem.json");
        Files.writeString(file, write(matrixProblem()));
        assertThat(CarerouteJson.readProblem(file)).isEqualTo(matrixProblem());
    }

    static Plan plan() {
        Instant t = MONDAY_7;
        ShiftPlan route = new ShiftPlan("c1-mon", "c1", t, t.plusSeconds(7200), List.of(new PlannedVisit("v1", t
                .plusSeconds(600), t.plusSeconds(3600), t.plusSeconds(5400), 3000, new Leg(600, 9000))), new Leg(
                        620, 9100),
                1220, 18100);
        ShiftPlan empty = new ShiftPlan("c2-mon", "c2", t, t, List.of(), Leg.NONE, 0, 0);
        return new Plan("Karlstad", "0hard/-2medium/-53170soft", new PlanSummary(0, -2, -53170, true, 1, 1, 1220,
                18100, 3000, 1), List.of(route, empty),
                List.of(new UnassignedVisit("v2", false, List.of(
                        "no caregiver has skill physio"))));
    }

    private static String write(Plan plan, Problem problem) {
        StringWriter out = new StringWriter();
        try {
            CarerouteJson.writePlan(plan, problem, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Test
    void isoPlan_roundTripsEqual() {
        String json = write(plan(), haversineProblem());
        assertThat(json).contains("\"departure\": \"2027-03-01T07:00:00+01:00\"").doesNotContain("null");
        assertThat(CarerouteJson.readPlan(json, "plan.json")).isEqualTo(plan());
    }

    @Test
    void numberPlan_roundTripsEqual() {
        String json = write(plan(), euclideanProblem());
        assertThat(json).contains("\"departure\": " + MONDAY_7.getEpochSecond());
        assertThat(CarerouteJson.readPlan(json, "plan.json")).isEqualTo(plan());
    }

    @Test
    void planFile_isReadFromPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, write(plan(), matrixProblem()));
        assertThat(CarerouteJson.readPlan(file)).isEqualTo(plan());
    }
}
