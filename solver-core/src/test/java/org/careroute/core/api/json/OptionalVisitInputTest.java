package org.careroute.core.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careroute.core.api.json.PatientCareInputTest.assertOnlyError;

import java.util.List;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.VisitCare;
import org.junit.jupiter.api.Test;

/** The JSON of optional visits weighed against soft costs: reading, writing back, every bad value with its pointer. */
class OptionalVisitInputTest {

    private static JsonDoc valued() {
        return JsonDoc.valid().without("/visits/1/priority").with("/visits/1/value", "1800");
    }

    @Test
    void value_isReadIntoTheModel() {
        Problem problem = CarerouteJson.readProblem(valued().toString(), "p.json");

        assertThat(problem.visits().get(1).care().value()).isEqualTo(1800L);
        assertThat(problem.visits().get(1).care().hasValue()).isTrue();
        assertThat(problem.visits().get(0).care()).isEqualTo(VisitCare.NONE);
    }

    @Test
    void value_roundTrips() {
        Problem problem = CarerouteJson.readProblem(valued().toString(), "p.json");

        String written = RoundTripTest.write(problem);

        assertThat(CarerouteJson.readProblem(written, "again.json")).isEqualTo(problem);
        assertThat(written).contains("\"value\": 1800").doesNotContain("\"priority\"");
    }

    @Test
    void valueZero_isKept() {
        Problem problem = CarerouteJson.readProblem(valued().with("/visits/1/value", "0").toString(), "p.json");

        assertThat(problem.visits().get(1).care().value()).isZero();
        assertThat(RoundTripTest.write(problem)).contains("\"value\": 0");
    }

    @Test
    void negativeValue_isReported() {
        assertOnlyError(valued().with("/visits/1/value", "-1"), "/visits/1/value", "0");
    }

    @Test
    void valueAboveTheMaximum_isReported() {
        assertOnlyError(valued().with("/visits/1/value", "1000000000001"), "/visits/1/value", "1000000000000");
    }

    @Test
    void fractionalValue_isReported() {
        assertOnlyError(valued().with("/visits/1/value", "12.5"), "/visits/1/value", "integer");
    }

    @Test
    void valueOfAMandatoryVisit_isReported() {
        assertOnlyError(valued().with("/visits/1/mandatory", "true"), "/visits/1/value", "mandatory");
    }

    @Test
    void valueNextToAPriority_isReportedAtThePriority() {
        assertOnlyError(valued().with("/visits/1/priority", "3"), "/visits/1/priority", "soft level only");
    }

    @Test
    void softWindows_areReadAndRoundTrip() {
        Problem problem = CarerouteJson.readProblem(JsonDoc.valid().with("/visits/0/softWindows", "true").toString(),
                "p.json");

        assertThat(problem.visits().get(0).care().softWindows()).isTrue();
        assertThat(problem.visits().get(1).care().softWindows()).isFalse();
        String written = RoundTripTest.write(problem);
        assertThat(CarerouteJson.readProblem(written, "again.json")).isEqualTo(problem);
        assertThat(written).contains("\"softWindows\": true");
    }

    @Test
    void softWindowsFalse_isTheDefault() {
        Problem problem = CarerouteJson.readProblem(JsonDoc.valid().with("/visits/0/softWindows", "false").toString(),
                "p.json");

        assertThat(problem.visits().get(0).care()).isEqualTo(VisitCare.NONE);
        assertThat(RoundTripTest.write(problem)).doesNotContain("softWindows");
    }

    @Test
    void softWindowsWithoutTimeWindows_isReported() {
        assertOnlyError(JsonDoc.valid().with("/visits/1/softWindows", "true"), "/visits/1/softWindows",
                "no timeWindows");
    }

    @Test
    void softWindowsNotABoolean_isReported() {
        assertOnlyError(JsonDoc.valid().with("/visits/0/softWindows", "\"yes\""), "/visits/0/softWindows",
                "boolean");
    }

    private static JsonDoc bothOrNone() {
        return JsonDoc.valid().with("/visits/1/dependencies", "[{\"visitId\": \"v1\", \"minGap\": \"PT30M\","
                + " \"maxGap\": \"PT2H\", \"from\": \"start\", \"bothOrNone\": true}]");
    }

    @Test
    void bothOrNone_isReadAndRoundTrips() {
        Problem problem = CarerouteJson.readProblem(bothOrNone().toString(), "p.json");

        assertThat(problem.visits().get(1).links().dependencies().getFirst().bothOrNone()).isTrue();
        String written = RoundTripTest.write(problem);
        assertThat(CarerouteJson.readProblem(written, "again.json")).isEqualTo(problem);
        assertThat(written).contains("\"bothOrNone\": true");
    }

    @Test
    void dependencyWithoutBothOrNone_isNotTied() {
        Problem problem = CarerouteJson.readProblem(bothOrNone().with("/visits/1/dependencies/0/bothOrNone", "false")
                .toString(), "p.json");

        assertThat(problem.visits().get(1).links().dependencies().getFirst().bothOrNone()).isFalse();
        assertThat(RoundTripTest.write(problem)).doesNotContain("bothOrNone");
    }

    @Test
    void bothOrNoneWithAMandatoryVisit_isReported() {
        assertOnlyError(bothOrNone().with("/visits/0/mandatory", "true"), "/visits/1/dependencies/0/bothOrNone",
                "'v1' is mandatory");
    }

    @Test
    void bothOrNoneNotABoolean_isReported() {
        assertOnlyError(bothOrNone().with("/visits/1/dependencies/0/bothOrNone", "1"),
                "/visits/1/dependencies/0/bothOrNone", "boolean");
    }

    @Test
    void valueNextToTheDefaultPriority_isAccepted() {
        Problem problem = CarerouteJson.readProblem(valued().with("/visits/1/priority", "1").toString(), "p.json");

        assertThat(problem.visits().get(1).priority()).isEqualTo(1);
    }
}
