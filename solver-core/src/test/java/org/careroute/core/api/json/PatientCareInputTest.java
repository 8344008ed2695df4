package org.careroute.core.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroute.core.api.InputError;
import org.careroute.core.api.InvalidInputException;
import org.careroute.core.api.model.Client;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.VisitCare;
import org.junit.jupiter.api.Test;

/** The JSON fields of the patient's care: reading, writing back, and every bad value with its pointer. */
class PatientCareInputTest {

    private static final String PREFERRED_WINDOW = """
            {"start": "2027-03-01T08:15:00+01:00", "end": "2027-03-01T08:30:00+01:00"}""";

    private static JsonDoc withCare() {
        return JsonDoc.valid()
                .with("/visits/0/clientId", "\"p1\"")
                .with("/visits/1/clientId", "\"p1\"")
                .with("/visits/0/preferredCaregivers", "{\"c1\": 5, \"c2\": 2}")
                .with("/visits/1/excludedCaregivers", "[\"c2\"]")
                .with("/visits/0/preferredWindow", PREFERRED_WINDOW)
                .with("/visits/0/maxDeviation", "\"PT20M\"")
                .with("/clients", "[{\"id\": \"p1\", \"maxDistinctCaregivers\": 1}]");
    }

    /** The errors reading {@code doc} reports (it must be rejected). */
    static List<InputError> errorsOf(JsonDoc doc) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> CarerouteJson.readProblem(
                doc.toString(), "p.json"));
        assertThat(e).as("expected the input to be rejected").isNotNull();
        return e.errors();
    }

    /** Reading {@code doc} reports exactly one error, at {@code pointer}, whose message contains {@code fragment}. */
    static void assertOnlyError(JsonDoc doc, String pointer, String fragment) {
        List<InputError> errors = errorsOf(doc);
        assertThat(errors).hasSize(1);
        assertThat(errors.getFirst().pointer()).isEqualTo(pointer);
        assertThat(errors.getFirst().message()).contains(fragment);
    }

    @Test
    void careFields_areReadIntoTheModel() {
        Problem problem = CarerouteJson.readProblem(withCare().toString(), "p.json");

        Visit first = problem.visits().get(0);
        assertThat(first.care().preferredCaregivers()).isEqualTo(Map.of("c1", 5, "c2", 2));
        assertThat(first.care().preferredWindow().start()).isEqualTo(Instant.parse("2027-03-01T07:15:00Z"));
        assertThat(first.care().maxDeviation()).isEqualTo(Duration.ofMinutes(20));
        assertThat(problem.visits().get(1).care().excludedCaregivers()).isEqualTo(Set.of("c2"));
        assertThat(problem.clients()).containsExactly(new Client("p1", 1));
    }

    @Test
    void careFields_roundTrip() {
        Problem problem = CarerouteJson.readProblem(withCare().toString(), "p.json");

        String written = RoundTripTest.write(problem);

        assertThat(CarerouteJson.readProblem(written, "again.json")).isEqualTo(problem);
        assertThat(written).contains("\"preferredCaregivers\"").contains("\"maxDistinctCaregivers\"");
    }

    @Test
    void visitWithoutCareFields_hasNone() {
        Problem problem = CarerouteJson.readProblem(JsonDoc.VALID, "p.json");

        assertThat(problem.visits()).allSatisfy(v -> assertThat(v.care()).isEqualTo(VisitCare.NONE));
        assertThat(problem.clients()).isEmpty();
        assertThat(RoundTripTest.write(problem)).doesNotContain("preferred").doesNotContain("clients");
    }

    @Test
    void unknownPreferredCaregiver_isReportedWithClosestId() {
        InputError error = errorsOf(withCare().with("/visits/0/preferredCaregivers", "{\"c3\": 1}")).getFirst();
        assertThat(error.pointer()).isEqualTo("/visits/0/preferredCaregivers/c3");
        assertThat(error.message()).contains("'c3'").contains("not in the problem").contains("did you mean");
    }

    @Test
    void unknownExcludedCaregiver_isReportedAtItsArrayIndex() {
        assertOnlyError(withCare().with("/visits/1/excludedCaregivers", "[\"c2\", \"anna\"]"),
                "/visits/1/excludedCaregivers/1", "'anna'");
    }

    @Test
    void preferenceWeightAboveHundred_isReported() {
        assertOnlyError(withCare().with("/visits/0/preferredCaregivers", "{\"c1\": 101}"),
                "/visits/0/preferredCaregivers/c1", "100");
    }

    @Test
    void preferenceWeightZero_isReported() {
        assertOnlyError(withCare().with("/visits/0/preferredCaregivers", "{\"c1\": 0}"),
                "/visits/0/preferredCaregivers/c1", "1");
    }

    @Test
    void caregiverBothPreferredAndExcluded_isReported() {
        assertOnlyError(withCare().with("/visits/0/excludedCaregivers", "[\"c1\"]"),
                "/visits/0/excludedCaregivers/0", "both preferred and excluded");
    }

    @Test
    void preferredWindowOutsideTimeWindows_isReported() {
        assertOnlyError(withCare().with("/visits/0/preferredWindow", """
                {"start": "2027-03-01T08:45:00+01:00", "end": "2027-03-01T09:30:00+01:00"}"""),
                "/visits/0/preferredWindow", "does not lie inside one of the visit's time windows");
    }

    @Test
    void preferredWindowEndBeforeStart_isReported() {
        assertOnlyError(withCare().with("/visits/0/preferredWindow/end", "\"2027-03-01T08:00:00+01:00\""),
                "/visits/0/preferredWindow/end", "is before its start");
    }

    @Test
    void preferredWindowInOtherTimeFormat_isReportedAsMixed() {
        assertOnlyError(withCare().with("/visits/0/preferredWindow/start", "1803971700"),
                "/visits/0/preferredWindow/start", "Mixed time formats");
    }

    @Test
    void maxDeviationWithoutPreferredWindow_isReported() {
        assertOnlyError(withCare().without("/visits/0/preferredWindow"), "/visits/0/maxDeviation",
                "no preferredWindow");
    }

    @Test
    void negativeMaxDeviation_isReported() {
        assertOnlyError(withCare().with("/visits/0/maxDeviation", "\"-PT5M\""), "/visits/0/maxDeviation",
                "negative");
    }

    @Test
    void distinctCaregiverCapBelowOne_isReported() {
        assertOnlyError(withCare().with("/clients/0/maxDistinctCaregivers", "0"),
                "/clients/0/maxDistinctCaregivers", "1");
    }

    @Test
    void duplicateClient_isReported() {
        assertOnlyError(withCare().with("/clients/1", "{\"id\": \"p1\"}"), "/clients/1/id",
                "Duplicate client id 'p1'");
    }

    @Test
    void clientWithoutVisits_isReportedWithClosestId() {
        InputError error = errorsOf(withCare().with("/clients/0/id", "\"p2\"")).getFirst();
        assertThat(error.pointer()).isEqualTo("/clients/0/id");
        assertThat(error.message()).contains("has no visits").contains("did you mean 'p1'");
    }

    @Test
    void unknownClientProperty_isReported() {
        assertOnlyError(withCare().with("/clients/0/maxCaregivers", "2"), "/clients/0/maxCaregivers", "");
    }
}
