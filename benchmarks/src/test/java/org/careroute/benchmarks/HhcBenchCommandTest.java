package org.careroute.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.careroute.datasets.BenchmarkData;
import org.careroute.datasets.uhhc.UhhcEvaluation;
import org.careroute.datasets.uhhc.UhhcEvaluator;
import org.careroute.datasets.uhhc.UhhcReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class HhcBenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void hhc_twoBazirhaInstancesWithMoveLimit_writesScoredRowsSolutionsAndSetMeans() throws IOException {
        Path csv = dir.resolve("hhc.csv");
        Path set = BenchmarkData.uhhc().resolve("instances/bazirha");

        BenchCli result = BenchCli.run("hhc", "--set", set.toString(), "--instances", "a1,D3", "--move-count-limit",
                "5000",
                "--out", csv.toString(), "--write-solutions", dir.toString());

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(HhcResultRow.HEADER);
        // A1 has only features careroute expresses: a valid plan; no published solution
        assertThat(lines.get(1)).startsWith("A1,bazirha,0.000,").contains(",true,0,0,,,,,false,");
        // D3: its simultaneous double services are visits with two parts; every feature is expressed
        assertThat(lines.get(2)).startsWith("D3,bazirha,0.000,").contains(",709.00,simulated-annealing,")
                .contains(",709.00,");
        assertThat(lines.get(2).split(",", -1)[HhcResultRow.HEADER.split(",").length - 2]).isEmpty();
        boolean allValid = lines.stream().skip(1).allMatch(line -> line.split(",")[4].equals("true"));
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(allValid ? 0 : 1);
        assertThat(result.out()).contains("bazirha").contains("mean gap %").contains("Results: " + csv);
        for (String line : lines.subList(1, 3)) {
            String[] cells = line.split(",");
            Path written = dir.resolve(cells[0] + ".careroute.json");
            UhhcEvaluation evaluation = UhhcEvaluator.evaluate(UhhcReader.readInstance(set.resolve(cells[0]
                    + ".json")), UhhcReader.readSolution(written));
            assertThat(String.format(Locale.ROOT, "%.2f", evaluation.objective())).isEqualTo(cells[3]);
            assertThat(Boolean.toString(evaluation.valid())).isEqualTo(cells[4]);
        }
    }

    @Test
    void hhc_mankowskaInstance_isComparedWithTheBestKnownValue() throws IOException {
        Path csv = dir.resolve("mankowska.csv");

        BenchCli result = BenchCli.run("hhc", "--set", "mankowska", "--instances", "InstanzCPLEX_HCSRP_10_1",
                "--move-count-limit", "2000", "--out", csv.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        String[] cells = Files.readAllLines(csv).get(1).split(",", -1);
        assertThat(cells[7]).isEqualTo("654.60");
        assertThat(cells[8]).isEqualTo(HhcRunner.BEST_KNOWN);
        double gap = (Double.parseDouble(cells[3]) - 654.5957) / 654.5957 * 100;
        assertThat(Double.parseDouble(cells[9])).isCloseTo(gap, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void hhc_unknownInstance_exitsTwoWithTheAvailableNames() {
        Path set = BenchmarkData.uhhc().resolve("instances/bazirha");

        BenchCli result = BenchCli.run("hhc", "--set", set.toString(), "--instances", "Z9", "--out",
                dir.resolve("r.csv")
                        .toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("No instance Z9 in " + set + "; available: [A1, A2, A3");
    }

    @Test
    void hhc_generatedInstance_isSolvedScoredAndNamedByItsFile() throws IOException {
        Path csv = dir.resolve("generated.csv");

        BenchCli result = BenchCli.run("hhc", "--set", "generated-small",
                "--instances", "instance-000", "--move-count-limit", "2000", "--out", csv.toString());

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("instance-000,generated-small,0.000,").doesNotContain("optional patients")
                .doesNotContain("lunch");
        assertThat(result.exitCode()).as(result.toString()).isIn(0, 1);
    }
}
