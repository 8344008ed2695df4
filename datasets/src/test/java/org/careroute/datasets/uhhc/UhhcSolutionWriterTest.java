package org.careroute.datasets.uhhc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UhhcSolutionWriterTest {

    @Test
    void publishedSolutions_writtenFromNeutralRoutes_scoreTheSame() throws IOException {
        List<Path> files = UhhcData.jsonFiles(UhhcData.root().resolve("solutions/simulated-annealing/bazirha-caie"))
                .subList(0, 5);
        for (Path file : files) {
            UhhcInstance instance = UhhcReader.readInstance(UhhcReferenceSolutions.instanceFile(UhhcData.root(),
                    file));
            UhhcSolution published = UhhcReader.readSolution(file);
            List<UhhcRoutePlan> plans = new ArrayList<>();
            for (UhhcRoute route : published.routes()) {
                plans.add(new UhhcRoutePlan(route.caregiverId(), route.visits().stream().map(v -> UhhcStop.service(v
                        .patient(), v.service(), v.startServiceTime(), v.endServiceTime())).toList()));
            }
            UhhcSolution written = UhhcSolutionWriter.toSolution(instance, plans);
            UhhcEvaluation evaluation = UhhcEvaluator.evaluate(instance, written);
            String json = UhhcSolutionWriter.toJson(instance, written, evaluation);
            UhhcSolution reread = UhhcReader.parseSolution(json, "written.json");

            assertThat(UhhcEvaluator.evaluate(instance, reread).objective()).as(file.toString()).isEqualTo(published
                    .cost().objective());
            assertThat(reread.routes()).hasSize(instance.caregivers().size());
            assertThat(reread.cost().objective()).isEqualTo(published.cost().objective());
            assertThat(UhhcEvaluator.evaluate(instance, reread).claimMismatches()).isEmpty();
        }
    }

    @Test
    void writtenJson_usesThePublishedFieldNamesAndWholeNumbers() {
        TinyUhhc tiny = new TinyUhhc();
        UhhcInstance instance = tiny.instance();
        List<UhhcRoutePlan> plans = List.of(new UhhcRoutePlan("c1", List.of(UhhcStop.service("p1", "s1", 20, 30),
                UhhcStop.lunchBreak("p1", 30, 60.5))));

        String json = UhhcSolutionWriter.toJson(instance, UhhcSolutionWriter.toSolution(instance, plans), null);

        assertThat(json).contains("\"arrival_time\" : 20,").contains("\"departure_time\" : 60.5,").contains(
                "\"service\" : \"lunch_break\"").contains("\"caregiver_id\" : \"c2\"").doesNotContain("\"cost\"");
    }

    @Test
    void routeOfAnUnknownCaregiver_isRefused() {
        UhhcInstance instance = new TinyUhhc().instance();

        assertThatThrownBy(() -> UhhcSolutionWriter.toSolution(instance, List.of(new UhhcRoutePlan("c9", List.of()))))
                .hasMessageContaining("'c9'");
    }
}
