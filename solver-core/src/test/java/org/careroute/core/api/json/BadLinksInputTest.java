package org.careroute.core.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.careroute.core.api.InputError;
import org.careroute.core.api.InvalidInputException;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.VisitDependency;
import org.junit.jupiter.api.Test;

/** Bad parts, dependencies and pins are reported with the JSON pointer of the offending value. */
class BadLinksInputTest {

    private static InputError onlyError(JsonDoc doc) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> CarerouteJson.readProblem(
                doc.toString(), "p.json"));
        assertThat(e).as("expected the input to be rejected").isNotNull();
        List<InputError> errors = e.errors();
        assertThat(errors).hasSize(1);
        return errors.getFirst();
    }

    private static void assertOnlyError(JsonDoc doc, String pointer, String fragment) {
        InputError error = onlyError(doc);
        assertThat(error.pointer()).isEqualTo(pointer);
        assertThat(error.message()).contains(fragment);
    }

    @Test
    void linkedVisit_isReadWithPartsDependenciesAndPins() throws IOException {
        Problem problem = CarerouteJson.readProblem(JsonDoc.valid()
                .with("/caregivers/1/skills", "[\"physio\", \"nurse\"]")
                .with("/visits/0/parts", "[{\"pinnedCaregiverId\": \"c1\"}, {\"requiredSkills\": [\"physio\"]}]")
                .with("/visits/1/dependencies", "[{\"visitId\": \"v1\", \"minGap\": \"PT2H\", \"maxGap\": \"PT4H\","
                        + " \"from\": \"start\"}]")
                .with("/visits/1/pinnedCaregiverId", "\"c2\"")
                .with("/visits/1/pinnedStart", "\"2027-03-01T11:00:00+01:00\"").toString(), "p.json");

        assertThat(problem.visits().get(0).links().parts()).hasSize(2);
        assertThat(problem.visits().get(0).links().parts().get(0).pinnedCaregiverId()).isEqualTo("c1");
        VisitDependency dependency = problem.visits().get(1).links().dependencies().getFirst();
        assertThat(dependency.visitId()).isEqualTo("v1");
        assertThat(dependency.maxGap()).hasHours(4);
        assertThat(dependency.from()).isEqualTo(VisitDependency.GapFrom.START);
        assertThat(problem.visits().get(1).links().pinnedStart()).hasToString("2027-03-01T10:00:00Z");
        StringWriter written = new StringWriter();
        CarerouteJson.writeProblem(problem, written);
        assertThat(CarerouteJson.readProblem(written.toString(), "again.json")).isEqualTo(problem);
    }

    @Test
    void singlePart_isReported() {
        assertOnlyError(JsonDoc.valid().with("/visits/1/parts", "[{}]"), "/visits/1/parts", "at least 2");
    }

    @Test
    void morePartsThanCaregiversWithTheSkills_isReported() {
        assertOnlyError(JsonDoc.valid().with("/visits/0/parts", "[{}, {}]"), "/visits/0/parts",
                "at most 1 different caregivers");
    }

    @Test
    void unknownPartSkill_isReportedWithSuggestion() {
        assertOnlyError(JsonDoc.valid().with("/visits/1/parts", "[{\"requiredSkills\": [\"nurs\"]}, {}]"),
                "/visits/1/parts/0/requiredSkills/0", "did you mean 'nurse'");
    }

    @Test
    void pinnedCaregiverLackingThePartsSkill_isReported() {
        assertOnlyError(JsonDoc.valid().with("/visits/1/parts", "[{\"requiredSkills\": [\"physio\"],"
                + " \"pinnedCaregiverId\": \"c1\"}, {}]"), "/visits/1/parts/0/pinnedCaregiverId", "lacks");
    }

    @Test
    void pinnedCaregiverLackingTheVisitsSkill_isReported() {
        assertOnlyError(JsonDoc.valid().with("/visits/0/pinnedCaregiverId", "\"c2\""),
                "/visits/0/pinnedCaregiverId", "nurse");
    }

    @Test
    void unknownPinnedCaregiver_isReportedWithSuggestion() {
        assertOnlyError(JsonDoc.valid().with("/visits/1/pinnedCaregiverId", "\"c3\""), "/visits/1/pinnedCaregiverId",
                "not in the problem");
    }

    @Test
    void twoPartsPinnedToOneCaregiver_isReported() {
        assertOnlyError(JsonDoc.valid().with("/caregivers/1/skills", "[\"physio\", \"nurse\", \"insulin\"]")
                .with("/visits/1/parts", "[{\"pinnedCaregiverId\": \"c1\"}, {\"pinnedCaregiverId\": \"c1\"}]"),
                "/visits/1/parts/1/pinnedCaregiverId", "different caregiver");
    }

    @Test
    void visitWithPartsPinnedAsAWhole_isReported() {
        assertOnlyError(JsonDoc.valid().with("/caregivers/1/skills", "[\"physio\", \"nurse\"]")
                .with("/visits/1/parts", "[{}, {}]").with("/visits/1/pinnedCaregiverId", "\"c1\""),
                "/visits/1/pinnedCaregiverId", "pin each part");
    }

    @Test
    void dependencyOnUnknownVisit_isReportedWithSuggestion() {
        assertOnlyError(JsonDoc.valid().with("/visits/1/dependencies", "[{\"visitId\": \"v3\"}]"),
                "/visits/1/dependencies/0/visitId", "not in the problem");
    }

    @Test
    void dependencyOnItself_isReported() {
        assertOnlyError(JsonDoc.valid().with("/visits/1/dependencies", "[{\"visitId\": \"v2\"}]"),
                "/visits/1/dependencies/0/visitId", "itself");
    }

    @Test
    void minGapAboveMaxGap_isReported() {
        assertOnlyError(JsonDoc.valid().with("/visits/1/dependencies", "[{\"visitId\": \"v1\", \"minGap\":"
                + " \"PT4H\", \"maxGap\": \"PT2H\"}]"), "/visits/1/dependencies/0/maxGap", "shorter than the minimum");
    }

    @Test
    void unknownGapAnchor_isReported() {
        assertOnlyError(JsonDoc.valid().with("/visits/1/dependencies", "[{\"visitId\": \"v1\", \"from\":"
                + " \"middle\"}]"), "/visits/1/dependencies/0/from", "");
    }

    @Test
    void dependencyCycle_isReportedOnce() {
        assertOnlyError(JsonDoc.valid().with("/visits/1/dependencies", "[{\"visitId\": \"v1\"}]")
                .with("/visits/0/dependencies", "[{\"visitId\": \"v2\"}]"), "/visits/1/dependencies/0/visitId",
                "cycle (v1 after v2 after v1)");
    }
}
