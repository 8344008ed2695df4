package org.careroute.core.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.TimeFormat;
import org.junit.jupiter.api.Test;

/** The examples in solver-core/README.md are real, valid documents. */
class ReadmeExamplesTest {

    private static List<String> jsonBlocks() throws IOException {
        Path readme = Path.of("README.md");
        if (!Files.exists(readme)) {
            readme = Path.of("solver-core", "README.md");
        }
        Matcher matcher = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(readme));
        List<String> blocks = new ArrayList<>();
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks;
    }

    @Test
    void problemExample_isValid() throws IOException {
        Problem problem = CarerouteJson.readProblem(jsonBlocks().get(0), "README problem");
        assertThat(problem.timeFormat()).isEqualTo(TimeFormat.ISO);
        assertThat(problem.visits()).hasSize(2);
        assertThat(problem.caregivers().getFirst().capacity()).isEqualTo(10);
        assertThat(problem.visits().get(1).location()).isEqualTo(new GeoLocation(59.3712, 13.4870));
    }

    @Test
    void planExample_isValid() throws IOException {
        Plan plan = CarerouteJson.readPlan(jsonBlocks().get(1), "README plan");
        assertThat(plan.summary().feasible()).isTrue();
        assertThat(plan.shifts().getFirst().visits()).hasSize(1);
        assertThat(plan.unassignedVisits()).hasSize(1);
    }
}
