package org.careroute.datasets.uhhc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceSolutionsTest {

    @Test
    void everySimulatedAnnealingSolution_recomputesItsPublishedObjectiveExactly() throws IOException {
        List<Path> files = UhhcData.jsonFiles(UhhcData.root().resolve("solutions/simulated-annealing"));
        List<String> mismatches = new ArrayList<>();
        for (Path file : files) {
            UhhcSolution solution = UhhcReader.readSolution(file);
            UhhcInstance instance = UhhcReader.readInstance(UhhcReferenceSolutions.instanceFile(UhhcData.root(),
                    file));
            UhhcEvaluation evaluation = UhhcEvaluator.evaluate(instance, solution);
            if (evaluation.objective() != solution.cost().objective() || !evaluation.valid() || !evaluation
                    .claimMismatches().isEmpty()) {
                mismatches.add(file.getFileName() + ": objective " + evaluation.objective() + " vs published "
                        + solution.cost().objective() + ", violations " + evaluation.violations() + ", claims "
                        + evaluation.claimMismatches());
            }
        }
        assertThat(files).hasSize(59);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyCpSatSolution_isValidWithAComputedObjective() throws IOException {
        List<Path> files = UhhcData.jsonFiles(UhhcData.root().resolve("solutions/cp-sat"));
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            UhhcSolution solution = UhhcReader.readSolution(file);
            UhhcInstance instance = UhhcReader.readInstance(UhhcReferenceSolutions.instanceFile(UhhcData.root(),
                    file));
            UhhcEvaluation evaluation = UhhcEvaluator.evaluate(instance, solution);
            if (!evaluation.valid() || !(evaluation.objective() > 0)) {
                problems.add(file.getFileName() + ": " + evaluation.violations());
            }
        }
        assertThat(files).hasSize(13);
        assertThat(problems).isEmpty();
    }
}
