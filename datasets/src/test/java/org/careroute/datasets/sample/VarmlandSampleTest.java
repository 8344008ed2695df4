package org.careroute.datasets.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.careroute.core.api.Planner;
import org.careroute.core.api.ProblemValidator;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.Visit;
import org.careroute.core.testutil.InsertionPlanner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VarmlandSampleTest {

    private static final Problem SAMPLE = VarmlandSample.problem();
    private static final Problem LARGE = VarmlandSample.large();

    @Test
    void sameSeed_givesTheSameProblem() {
        assertThat(VarmlandSample.problem(150, 14, 7)).isEqualTo(VarmlandSample.problem(150, 14, 7));
        assertThat(VarmlandSample.problem()).isEqualTo(SAMPLE);
    }

    @Test
    void otherSeed_givesAnotherProblem() {
        assertThat(VarmlandSample.problem(150, 14, 8).visits()).isNotEqualTo(VarmlandSample.problem(150, 14, 7)
                .visits());
    }

    @Test
    void defaultSample_hasTheStatedCounts() {
        assertThat(SAMPLE.visits()).hasSize(150);
        assertThat(SAMPLE.caregivers()).hasSize(14).allSatisfy(c -> assertThat(c.shifts()).hasSize(1));
        assertThat(SAMPLE.timeZone().getId()).isEqualTo("Europe/Stockholm");
        assertThat(ids(SAMPLE.visits(), Visit::id)).doesNotHaveDuplicates();
        assertThat(ids(SAMPLE.caregivers(), Caregiver::id)).doesNotHaveDuplicates();
    }

    @Test
    void largeProblem_hasTheStatedCountsAndSeveralBases() {
        assertThat(LARGE.visits()).hasSize(VarmlandSample.LARGE_VISITS);
        assertThat(LARGE.caregivers()).hasSize(VarmlandSample.LARGE_CAREGIVERS);
        assertThat(VarmlandSample.problem(1200, 90, 1).visits()).hasSize(1200);
        assertThat(LARGE.caregivers().stream().map(c -> c.shifts().get(0).startLocation()).distinct()).hasSize(5);
        assertThat(SAMPLE.caregivers().stream().map(c -> c.shifts().get(0).startLocation()).distinct()).hasSize(1);
        assertThat(localities(LARGE)).hasSizeGreaterThan(localities(SAMPLE).size());
    }

    @Tag("slow")
    @Test
    void everyVisit_hasACaregiverWithItsSkillsOnDutyInOneOfItsWindows() {
        for (Problem problem : List.of(SAMPLE, LARGE)) {
            assertThat(problem.visits()).allSatisfy(visit -> assertThat(problem.caregivers()).anySatisfy(c -> {
                assertThat(c.skills()).containsAll(visit.requiredSkills());
                assertThat(c.shifts()).anySatisfy(shift -> assertThat(canStartDuring(visit, shift)).isTrue());
            }));
        }
    }

    @Test
    void everyProfessionAndPeriod_isStaffed() {
        Map<String, Long> skills = SAMPLE.caregivers().stream().flatMap(c -> c.skills().stream()).collect(Collectors
                .groupingBy(s -> s, Collectors.counting()));
        assertThat(skills).containsOnlyKeys("nurse", "assistant-nurse", "physiotherapist", "occupational-therapist");
        assertThat(SAMPLE.caregivers().stream().map(c -> c.shifts().get(0).id().replaceAll(".*-", "")).distinct())
                .containsExactlyInAnyOrder("day", "evening");
    }

    @Test
    void sample_passesTheProblemValidator() {
        assertThat(ProblemValidator.validate(SAMPLE, "varmland-home-nursing.json")).isEmpty();
        assertThat(ProblemValidator.validate(LARGE, "varmland-large.json")).isEmpty();
    }

    @Test
    void visits_lookLikeHomeNursing() {
        assertThat(SAMPLE.visits()).allSatisfy(v -> {
            assertThat(v.duration().toMinutes()).isBetween(10L, 60L);
            assertThat(v.priority()).isBetween(1, 5);
            assertThat(v.timeWindows()).isNotEmpty();
            assertThat(v.requiredSkills()).hasSize(1);
            GeoLocation location = (GeoLocation) v.location();
            assertThat(location.lat()).isBetween(59.2, 59.65);
            assertThat(location.lon()).isBetween(12.9, 14.0);
        });
        long mandatory = SAMPLE.visits().stream().filter(Visit::mandatory).count();
        assertThat(mandatory).isBetween(1L, 15L);
        Map<String, Long> perClient = SAMPLE.visits().stream().collect(Collectors.groupingBy(Visit::clientId,
                Collectors.counting()));
        assertThat(perClient.values()).anyMatch(n -> n >= 3);
        assertThat(SAMPLE.visits()).anySatisfy(v -> assertThat(v.timeWindows()).hasSize(2));
    }

    @Test
    void defaultSample_hasACompletePlanBreakingNoRule() {
        assertCompleteFeasiblePlan(SAMPLE);
    }

    @Tag("slow")
    @Test
    void largeProblem_hasACompletePlanBreakingNoRule() {
        assertCompleteFeasiblePlan(LARGE);
    }

    /** A simple insertion heuristic, independent of the solver, serves every visit; the verifier confirms it. */
    private static void assertCompleteFeasiblePlan(Problem problem) {
        Plan plan = InsertionPlanner.bestOf(problem, 30);

        VerificationReport report = Planner.create().verify(problem, plan);

        assertThat(plan.unassignedVisits()).isEmpty();
        assertThat(report.violations()).isEmpty();
        assertThat(report.recomputed().hardScore()).isZero();
        // busy but not overloaded, even with the heuristic's longer drives
        assertThat(SampleStats.of(problem, plan).utilisation()).isBetween(0.55, 0.78);
    }

    @Test
    void tooFewCaregivers_areRefusedWithAHint() {
        assertThatThrownBy(() -> VarmlandSample.problem(150, 5, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 6");
        assertThatThrownBy(() -> VarmlandSample.problem(500, 14, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("500 visits").hasMessageContaining("caregivers");
        assertThatThrownBy(() -> VarmlandSample.problem(0, 14, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void json_roundTripsToTheSameProblem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sample.json");

        VarmlandSample.writeJson(SAMPLE, file);

        assertThat(CarerouteJson.readProblem(file)).isEqualTo(SAMPLE);
    }

    @Test
    void shippedSampleFile_isWhatTheGeneratorWrites() throws IOException {
        Path shipped = Path.of("samples", "varmland-home-nursing.json");
        StringWriter expected = new StringWriter();
        CarerouteJson.writeProblem(SAMPLE, expected);

        assertThat(Files.readString(shipped)).as("regenerate with VarmlandSample.main").isEqualTo(expected
                .toString());
    }

    @Test
    void shippedLargeFile_isWhatTheGeneratorWrites() throws IOException {
        Path shipped = Path.of("samples", "varmland-region-1200.json");
        StringWriter expected = new StringWriter();
        CarerouteJson.writeProblem(VarmlandSample.large(), expected);

        assertThat(Files.readString(shipped)).as("regenerate with VarmlandSample.main OUTPUT 1200 110").isEqualTo(
                expected.toString());
    }

    private static boolean canStartDuring(Visit visit, Shift shift) {
        Instant latestStart = shift.end().minus(visit.duration());
        for (TimeWindow window : visit.timeWindows()) {
            if (!window.start().isAfter(latestStart) && !window.end().isBefore(shift.start())) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> localities(Problem problem) {
        return problem.visits().stream().map(v -> v.name().substring(v.name().lastIndexOf(", ") + 2)).collect(
                Collectors.toSet());
    }

    private static <T> List<String> ids(Collection<T> items, Function<T, String> id) {
        return items.stream().map(id).toList();
    }
}
