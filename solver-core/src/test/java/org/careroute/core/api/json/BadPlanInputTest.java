package org.careroute.core.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.careroute.core.api.InputError;
import org.careroute.core.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class BadPlanInputTest {

    private static JsonDoc validPlan() throws IOException {
        StringWriter out = new StringWriter();
        CarerouteJson.writePlan(RoundTripTest.plan(), RoundTripTest.haversineProblem(), out);
        return JsonDoc.of(out.toString());
    }

    private static List<InputError> errorsOf(JsonDoc doc) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> CarerouteJson.readPlan(doc
                .toString(), "plan.json"));
        assertThat(e).isNotNull();
        return e.errors();
    }

    @Test
    void missingSummaryField_isReported() throws IOException {
        List<InputError> errors = errorsOf(validPlan().without("/summary/feasible"));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.pointer()).isEqualTo("/summary");
            assertThat(e.message()).contains("'feasible' is missing");
        });
    }

    @Test
    void badTimeAndBadScore_areBothReported() throws IOException {
        JsonDoc doc = validPlan().with("/shifts/0/visits/0/start", "\"08:15\"").with("/score", "\"-2soft\"");
        assertThat(errorsOf(doc)).extracting(InputError::pointer).containsExactly("/score");
        assertThat(errorsOf(validPlan().with("/shifts/0/visits/0/start", "\"08:15\""))).singleElement().satisfies(
                e -> {
                    assertThat(e.pointer()).isEqualTo("/shifts/0/visits/0/start");
                    assertThat(e.message()).contains("'08:15' is not an ISO-8601 date-time");
                });
    }

    @Test
    void unknownProperty_isReported() throws IOException {
        assertThat(errorsOf(validPlan().with("/shifts/0/visits/0/wait", "3"))).singleElement().satisfies(e -> {
            assertThat(e.pointer()).isEqualTo("/shifts/0/visits/0/wait");
            assertThat(e.message()).contains("Unknown property 'wait'");
        });
    }
}
