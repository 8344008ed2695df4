package org.careroute.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.EuclideanTravel;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.Location;
import org.careroute.core.api.model.MatrixLocation;
import org.careroute.core.api.model.MatrixTravel;
import org.careroute.core.api.model.PlaneLocation;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.TravelSettings;
import org.careroute.core.api.model.Visit;
import org.junit.jupiter.api.Test;

class ProblemValidatorTest {

    private static final Instant T = Instant.parse("2027-03-01T06:00:00Z");
    private static final GeoLocation HOME = new GeoLocation(59.38, 13.5);

    private static Shift shift(String id, Location location) {
        return new Shift(id, T, T.plusSeconds(8 * 3600), location, location);
    }

    private static Caregiver caregiver(String id, Set<String> skills, Shift... shifts) {
        return new Caregiver(id, null, skills, null, Caregiver.UNLIMITED_CAPACITY, List.of(shifts));
    }

    private static Visit visit(String id, Location location, Set<String> skills) {
        return new Visit(id, null, null, location, Duration.ofMinutes(30), null, skills, 1, false, 0);
    }

    private static Problem problem(TravelSettings travel, List<Caregiver> caregivers, List<Visit> visits,
            Map<String, Long> weights) {
        return new Problem("p", null, TimeFormat.ISO, travel, caregivers, visits, weights);
    }

    private static List<InputError> validate(Problem problem) {
        return ProblemValidator.validate(problem, "model");
    }

    @Test
    void consistentProblem_hasNoErrors() {
        Problem problem = problem(null, List.of(caregiver("c", Set.of("nurse"), shift("s", HOME))), List.of(visit(
                "v", HOME, Set.of("nurse"))), Map.of("travel-time", 3L));
        assertThat(validate(problem)).isEmpty();
    }

    @Test
    void emptyProblem_hasNoErrors() {
        assertThat(validate(problem(null, List.of(), List.of(), null))).isEmpty();
    }

    @Test
    void visitsWithoutAnyShift_areReported() {
        Problem problem = problem(null, List.of(caregiver("c", Set.of())), List.of(visit("v", HOME, null)), null);
        assertThat(validate(problem)).singleElement().satisfies(e -> {
            assertThat(e.pointer()).isEqualTo("/caregivers");
            assertThat(e.message()).contains("no caregiver has a shift");
        });
    }

    @Test
    void unknownSkill_pointsIntoSortedSkills() {
        Problem problem = problem(null, List.of(caregiver("c", Set.of("nurse"), shift("s", HOME))), List.of(visit(
                "v", HOME, Set.of("nurse", "aaa"))), null);
        assertThat(validate(problem)).singleElement().satisfies(e -> {
            assertThat(e.pointer()).isEqualTo("/visits/0/requiredSkills/0");
            assertThat(e.message()).contains("'aaa'").contains("Known skills: nurse.");
        });
    }

    @Test
    void moreThan64Skills_isReported() {
        Set<String> many = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            many.add("skill-%02d".formatted(i));
        }
        Set<String> more = new HashSet<>();
        for (int i = 40; i < 70; i++) {
            more.add("skill-%02d".formatted(i));
        }
        Problem problem = problem(null, List.of(caregiver("a", many, shift("s1", HOME)), caregiver("b", more, shift(
                "s2", HOME))), List.of(), null);
        assertThat(validate(problem)).singleElement().satisfies(e -> {
            assertThat(e.pointer()).isEqualTo("/caregivers/1/skills/24");
            assertThat(e.message()).contains("'skill-64'").contains("at most 64");
        });
    }

    @Test
    void locationKindNotMatchingTravel_isReportedForShiftsAndVisits() {
        Shift shift = new Shift("s", T, T.plusSeconds(3600), new PlaneLocation(0, 0), new PlaneLocation(1, 1));
        Problem problem = problem(new EuclideanTravel(1, 1), List.of(caregiver("c", null, shift)), List.of(visit(
                "v", HOME, null)), null);
        assertThat(validate(problem)).singleElement().satisfies(e -> {
            assertThat(e.pointer()).isEqualTo("/visits/0/location");
            assertThat(e.message()).contains("'euclidean' needs locations like {\"x\", \"y\"}").contains(
                    "{\"lat\", \"lon\"}");
        });
        Problem wrongEnd = problem(null, List.of(caregiver("c", null, new Shift("s", T, T.plusSeconds(3600), HOME,
                new PlaneLocation(1, 1)))), List.of(), null);
        assertThat(validate(wrongEnd)).extracting(InputError::pointer).containsExactly(
                "/caregivers/0/shifts/0/endLocation");
    }

    @Test
    void matrixIndexOutOfRange_isReported() {
        MatrixTravel travel = new MatrixTravel(new long[][]{{0, 1}, {1, 0}}, new long[][]{{0, 1}, {1, 0}});
        Problem problem = problem(travel, List.of(caregiver("c", null, shift("s", new MatrixLocation(0)))), List.of(
                visit("v", new MatrixLocation(5), null)), null);
        assertThat(validate(problem)).extracting(InputError::pointer).containsExactly("/visits/0/location/index");
    }

    @Test
    void unknownAndNegativeWeights_areReported() {
        Problem problem = problem(null, List.of(), List.of(), Map.of("waiting_time", 1L, "travel-time", -5L,
                "a/b", 1L));
        String known = " Known ids: " + java.util.Arrays.stream(CareConstraint.values()).map(CareConstraint::id)
                .collect(java.util.stream.Collectors.joining(", ")) + ".";
        assertThat(validate(problem)).extracting(InputError::pointer, InputError::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/constraintWeights/a~1b", "Unknown constraint id 'a/b'."
                        + known),
                org.assertj.core.groups.Tuple.tuple("/constraintWeights/travel-time",
                        "Constraint weight -5 for 'travel-time' must be 0 (off) or positive."),
                org.assertj.core.groups.Tuple.tuple("/constraintWeights/waiting_time",
                        "Unknown constraint id 'waiting_time'; did you mean 'waiting-time'?" + known));
        assertThat(known).startsWith(" Known ids: visit-time-window, shift-end, required-skills, shift-capacity,"
                + " mandatory-visit-unassigned, visit-unassigned, optional-visit-value, travel-time, travel-distance,"
                + " waiting-time");
    }

    @Test
    void duplicateIdsAndBlankIds_areReported() {
        Problem problem = problem(null, List.of(caregiver("c", null, shift("s", HOME)), caregiver("c", null, shift(
                "s", HOME), new Shift(" ", T.plusSeconds(8 * 3600), T.plusSeconds(16 * 3600), HOME, HOME))),
                List.of(visit("v", HOME, null), visit("v", HOME, null)), null);
        assertThat(validate(problem)).extracting(InputError::pointer).containsExactly("/caregivers/1/id",
                "/caregivers/1/shifts/0/id", "/caregivers/1/shifts/1/id", "/visits/1/id");
    }

    @Test
    void visitLongerThanItsWindow_isNotAnError() {
        Visit longVisit = new Visit("v", null, null, HOME, Duration.ofHours(3), List.of(new TimeWindow(T, T
                .plusSeconds(60))), null, 1, false, 0);
        Problem problem = problem(null, List.of(caregiver("c", null, shift("s", HOME))), List.of(longVisit), null);
        assertThat(validate(problem)).isEmpty();
    }

    @Test
    void timesOutsideSupportedRange_andOverlongVisits_areReported() {
        Instant early = Instant.parse("1960-01-01T00:00:00Z");
        Shift shift = new Shift("s", early, T, HOME, HOME);
        Visit visit = new Visit("v", null, null, HOME, Duration.ofDays(31), null, null, 1, false, 0);
        Problem problem = problem(null, List.of(caregiver("c", null, shift)), List.of(visit), null);
        assertThat(validate(problem)).extracting(InputError::pointer).containsExactly("/caregivers/0/shifts/0/start",
                "/visits/0/duration");
    }
}
