package org.careroute.datasets.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.careroute.core.api.ProblemValidator;
import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Visit;
import org.junit.jupiter.api.Test;

class VarmlandLinkedSampleTest {

    private static final Problem SAMPLE = VarmlandLinkedSample.problem();

    @Test
    void defaultSample_hasTenPercentDoubleStaffedVisits() {
        long doubled = SAMPLE.visits().stream().filter(v -> v.links().hasParts()).count();
        assertThat(SAMPLE.visits()).hasSize(150);
        assertThat(doubled).isEqualTo(15);
        assertThat(SAMPLE.visits().stream().filter(v -> v.links().hasParts())).allSatisfy(v -> {
            assertThat(v.links().parts()).hasSize(2);
            assertThat(v.links().parts().get(1).requiredSkills()).containsExactly("assistant-nurse");
        });
    }

    @Test
    void defaultSample_hasDependenciesAndPins() {
        assertThat(SAMPLE.visits().stream().mapToLong(v -> v.links().dependencies().size()).sum())
                .isGreaterThanOrEqualTo(2);
        assertThat(SAMPLE.visits().stream().filter(v -> v.links().pinnedCaregiverId() != null)).hasSize(2);
        assertThat(SAMPLE.visits().stream().filter(v -> v.links().pinnedStart() != null)).hasSize(1);
        assertThat(SAMPLE.visits().stream().flatMap(v -> v.links().parts().stream()).filter(p -> p
                .pinnedCaregiverId() != null)).hasSize(1);
    }

    @Test
    void defaultSample_isValid() {
        assertThat(ProblemValidator.validate(SAMPLE, "sample")).isEmpty();
    }

    @Test
    void sameArguments_giveTheSameProblem() {
        assertThat(VarmlandLinkedSample.problem(150, 18, 2027, 0.1)).isEqualTo(SAMPLE);
    }

    @Test
    void shareZero_keepsEveryVisitSingleStaffed() {
        Problem problem = VarmlandLinkedSample.problem(60, 8, 7, 0.0);
        assertThat(problem.visits()).noneMatch(v -> v.links().hasParts());
    }

    @Test
    void shareAboveOne_isRejected() {
        assertThatThrownBy(() -> VarmlandLinkedSample.problem(60, 8, 7, 1.5)).hasMessageContaining("1.5");
    }

    @Test
    void otherVisitsKeepTheBaseSample() {
        Problem base = VarmlandSample.problem(150, 18, 2027);
        for (int i = 0; i < base.visits().size(); i++) {
            Visit linked = SAMPLE.visits().get(i);
            Visit plain = base.visits().get(i);
            assertThat(linked.id()).isEqualTo(plain.id());
            assertThat(linked.timeWindows()).isEqualTo(plain.timeWindows());
        }
    }

    @Test
    void shippedLinkedFile_isWhatTheGeneratorWrites() throws IOException {
        Path shipped = Path.of("samples", "varmland-linked.json");
        StringWriter expected = new StringWriter();
        CarerouteJson.writeProblem(SAMPLE, expected);

        assertThat(Files.readString(shipped)).as("regenerate with VarmlandLinkedSample.main").isEqualTo(expected
                .toString());
    }
}
