package org.careroute.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.careroute.datasets.BenchmarkData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.TypeConversionException;

class BenchCommandTest {

    @TempDir
    Path dir;

    @Tag("slow")
    @Test
    void vrptw_twoInstancesWithMoveLimit_writesVerifiedRowsAndClassMeans() throws IOException {
        Path csv = dir.resolve("results.csv");

        BenchCli result = BenchCli.run("vrptw", "--set", "solomon", "--instances",
                "c101,RC201", "--move-count-limit", "20000", "--out", csv.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(ResultRow.HEADER);
        assertThat(lines.get(1)).startsWith("C101,C1,careroute,0.000,").contains(",828.94,828.94,", ",true,0,");
        assertThat(lines.get(2)).startsWith("RC201,RC2,careroute,0.000,").contains(",true,0,");
        assertThat(result.out()).contains("careroute C1").contains("careroute RC2").contains("Results: " + csv);
    }

    @Tag("slow")
    @Test
    void scale_twoSmallSizesSingleAndPartitioned_writesOneRowPerSizeAndMode() throws IOException {
        Path csv = dir.resolve("scale.csv");

        BenchCli result = BenchCli.run("scale", "--region", "usti", "--sizes", "60,90", "--visits-per-caregiver", "6",
                "--time-limit", "2s", "--partitioned", "--out", csv.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo(ScaleBenchCommand.HEADER);
        assertThat(lines.get(1)).startsWith("usti,60,10,single,2,");
        assertThat(lines.get(2)).startsWith("usti,60,10,partitioned,2,");
        assertThat(lines.get(3)).startsWith("usti,90,15,single,2,");
        for (String line : lines.subList(1, 5)) {
            assertThat(line.split(",", -1)).hasSize(ScaleBenchCommand.HEADER.split(",").length);
        }
    }

    @Test
    void scale_planted_comparesWithThePlantedPlan_onTheWholeDayAndOnItsOwnVisits() throws IOException {
        Path csv = dir.resolve("planted.csv");

        BenchCli result = BenchCli.run("scale", "--region", "lillehammer", "--sizes", "60", "--visits-per-caregiver",
                "6", "--time-limit", "10s", "--move-count-limit", "300", "--planted", "--out", csv.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(3);
        List<String> header = List.of(ScaleBenchCommand.HEADER.split(","));
        String[] day = lines.get(1).split(",", -1);
        String[] own = lines.get(2).split(",", -1);
        assertThat(day).hasSize(header.size());
        assertThat(own).hasSize(header.size());
        assertThat(day[header.indexOf("mode")]).isEqualTo("single");
        assertThat(own[header.indexOf("mode")]).isEqualTo(ScaleBenchCommand.PLANTED_VISITS);
        int plantedAssigned = Integer.parseInt(day[header.indexOf("planted_assigned")]);
        assertThat(plantedAssigned).isPositive();
        assertThat(day[header.indexOf("planted_score")]).startsWith("0hard/");
        assertThat(Integer.parseInt(day[header.indexOf("assigned_vs_planted")])).isEqualTo(Integer.parseInt(
                day[header.indexOf("assigned")]) - plantedAssigned);
        assertThat(day[header.indexOf("score_vs_planted")]).isIn("better", "equal", "worse");
        // the day of the planted visits alone: the same visits as the planted plan, which serves every one of them
        assertThat(own[header.indexOf("planted_assigned")]).isEqualTo(String.valueOf(plantedAssigned));
        assertThat(own[header.indexOf("planted_score")]).startsWith("0hard/0medium/");
        assertThat(Integer.parseInt(own[header.indexOf("assigned")]) + Integer.parseInt(own[header.indexOf(
                "unassigned")])).isEqualTo(plantedAssigned);
        long plantedSoft = Long.parseLong(own[header.indexOf("planted_soft")]);
        long soft = Long.parseLong(own[header.indexOf("soft")]);
        assertThat(Double.parseDouble(own[header.indexOf("cost_vs_planted_pct")])).isCloseTo(100.0 * (plantedSoft
                - soft) / -plantedSoft, within(0.01));
    }

    @Test
    void scale_unknownRegion_exitsTwo() {
        BenchCli result = BenchCli.run("scale", "--region", "atlantis", "--out", dir.resolve("s.csv").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("varmland");
    }

    @Test
    void unknownInstance_orSolver_orMissingSet_exitTwoWithAMessage() {
        String solomon = BenchmarkData.vrptw().resolve("solomon").toString();
        String out = dir.resolve("r.csv").toString();

        BenchCli instance = BenchCli.run("vrptw", "--set", solomon, "--instances", "X999", "--out", out);
        BenchCli solver = BenchCli.run("vrptw", "--set", solomon, "--solver", "lkh", "--out", out);
        BenchCli set = BenchCli.run("vrptw", "--set", dir.resolve("nope").toString(), "--out", out);
        BenchCli duration = BenchCli.run("vrptw", "--set", solomon, "--time-limit", "ten", "--out", out);
        BenchCli output = BenchCli.run("vrptw", "--set", solomon, "--out", dir.resolve("missing/r.csv").toString());

        assertThat(instance.exitCode()).isEqualTo(2);
        assertThat(instance.err()).contains("No instance X999 in " + solomon + "; available: [C101, C102");
        assertThat(solver.exitCode()).isEqualTo(2);
        assertThat(solver.err()).contains("Unknown solver 'lkh'; use careroute, jsprit or ortools.");
        assertThat(set.exitCode()).isEqualTo(2);
        assertThat(set.err()).contains("nope: neither a directory nor a shipped vrptw set");
        assertThat(duration.exitCode()).isEqualTo(2);
        assertThat(duration.err()).contains("'ten' is not a duration");
        assertThat(output.exitCode()).isEqualTo(2);
        assertThat(output.err()).contains("missing/r.csv: cannot write the results there");
    }

    @Test
    void timeLimits_areParsed() {
        TimeLimitConverter converter = new TimeLimitConverter();

        assertThat(converter.convert("10s")).isEqualTo(Duration.ofSeconds(10));
        assertThat(converter.convert("1m30s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(converter.convert("PT5M")).isEqualTo(Duration.ofMinutes(5));
        assertThatThrownBy(() -> converter.convert("0s"))
                .isInstanceOf(TypeConversionException.class);
        assertThatThrownBy(() -> converter.convert("10x"))
                .isInstanceOf(TypeConversionException.class);
    }

    @Test
    void instanceFiles_areSortedNaturally() throws IOException {
        List<Path> files = QualityRunner.instanceFiles(BenchmarkData.vrptw().resolve("homberger_1000"), List.of());

        assertThat(files.subList(0, 3)).extracting(f -> f.getFileName().toString())
                .containsExactly("c1_10_1.txt", "c1_10_2.txt", "c1_10_3.txt");
        assertThat(files.get(9).getFileName()).hasToString("c1_10_10.txt");
    }
}
