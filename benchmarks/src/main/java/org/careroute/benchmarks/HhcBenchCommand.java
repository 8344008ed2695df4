package org.careroute.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.careroute.datasets.BenchmarkData;
import org.careroute.datasets.uhhc.UhhcBestKnown;
import org.careroute.datasets.uhhc.UhhcReferenceSolutions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code careroute bench hhc --set DIR --time-limit 30s [--instances A1,B1] --out results.csv}: home-health-care
 * (UHHC) instances solved by careroute and scored exactly as the literature scores them.
 */
@Command(name = "hhc", description = {
        "Solves UHHC home-health-care instances (Mankowska, Bazirha, Bazirha-CAIE, generated) with careroute, writes"
                + " each plan as a UHHC solution, scores it with careroute's Java implementation of the UHHC validity"
                + " rules and cost, and compares it with the best published solution; one CSV row per instance,"
                + " per-set means at the end.",
        "Rows are appended to the CSV as soon as each instance is scored, so a long run keeps what it did."}, footer = {
                "", "Example: careroute bench hhc --set bazirha --time-limit 30s"
                        + " --instances A1,B1 --out hhc.csv",
                "Exit codes: 0 every written solution valid, 1 some was not, 2 bad input or usage."})
final class HhcBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Option(names = "--set", required = true, paramLabel = "SET", description = "A shipped set (mankowska, bazirha, bazirha-caie, generated-small, mixed-dev) or a"
            + " directory of instance files (*.json).")
    private String setName;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = TimeLimitConverter.class, description = "Time limit per instance, e.g. 30s, 1m (default 30s unless --move-count-limit).")
    private Duration timeLimit;

    @Option(names = "--move-count-limit", paramLabel = "N", description = "Stop after N evaluated moves instead of a"
            + " time limit (reproducible).")
    private Long moveCountLimit;

    @Option(names = "--instances", split = ",", paramLabel = "NAME", description = "Only these instances, by file"
            + " name without .json, any case (default: all in --set).")
    private List<String> instances = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "CSV", description = "Results file (overwritten).")
    private Path output;

    @Option(names = "--solutions", paramLabel = "DIR", description = "Published solutions to compare with (default:"
            + " solutions/ two levels above --set, as in the UHHC data).")
    private Path solutionsDirectory;

    @Option(names = "--write-solutions", paramLabel = "DIR", description = "Also write each UHHC solution there"
            + " (NAME.careroute.json).")
    private Path writeDirectory;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "Random seed (default"
            + " ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() throws IOException {
        Path setDirectory = BenchmarkData.uhhcSet(setName);
        PrintWriter out = spec.commandLine().getOut();
        Budget budget = budget();
        Path outputDirectory = output.toAbsolutePath().normalize().getParent();
        if (Files.isDirectory(output) || outputDirectory == null || !Files.isDirectory(outputDirectory)) {
            throw new IllegalArgumentException(output + ": cannot write the results there; --out must be a file in"
                    + " an existing directory, e.g. results.csv.");
        }
        if (!Files.isDirectory(setDirectory)) {
            throw new IllegalArgumentException(setDirectory + ": not a directory; give a shipped set name or a"
                    + " directory of instance files.");
        }
        if (writeDirectory != null && !Files.isDirectory(writeDirectory)) {
            throw new IllegalArgumentException(writeDirectory + ": --write-solutions must be an existing directory.");
        }
        List<Path> files = HhcRunner.instanceFiles(setDirectory, instances);
        if (files.isEmpty()) {
            throw new IllegalArgumentException(setDirectory + ": no *.json instance files.");
        }
        Path set = setDirectory.toAbsolutePath().normalize();
        Path instancesRoot = set.getParent();
        Path solutions = solutionsDirectory != null
                ? solutionsDirectory
                : instancesRoot == null ? set.resolve("solutions") : instancesRoot.resolveSibling("solutions");
        UhhcReferenceSolutions references = UhhcReferenceSolutions.load(solutions, instancesRoot);
        UhhcBestKnown bestKnown = instancesRoot == null || instancesRoot.getParent() == null
                ? UhhcBestKnown.none()
                : UhhcBestKnown.loadAll(instancesRoot.getParent());
        HhcRunner runner = new HhcRunner(budget, references, bestKnown, writeDirectory);
        List<HhcResultRow> rows = new ArrayList<>();
        try (BufferedWriter csv = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            csv.write(HhcResultRow.HEADER);
            csv.newLine();
            csv.flush();
            for (Path file : files) {
                HhcResultRow row = runner.run(file);
                csv.write(row.toCsv());
                csv.newLine();
                csv.flush();
                rows.add(row);
                out.println(progressLine(row));
            }
        }
        out.println();
        HhcRunner.printSetMeans(rows, out);
        out.println("Results: " + output);
        return rows.stream().allMatch(HhcResultRow::valid) ? BenchMain.OK : BenchMain.NOT_ALL_FEASIBLE;
    }

    private Budget budget() {
        if (timeLimit != null && moveCountLimit != null) {
            throw new IllegalArgumentException("Give --time-limit or --move-count-limit, not both.");
        }
        if (moveCountLimit != null && moveCountLimit <= 0) {
            throw new IllegalArgumentException("--move-count-limit (" + moveCountLimit + ") must be positive.");
        }
        return moveCountLimit != null
                ? new Budget(null, moveCountLimit, seed)
                : new Budget(timeLimit != null ? timeLimit : Duration.ofSeconds(30), null, seed);
    }

    private static String progressLine(HhcResultRow row) {
        return String.format(Locale.ROOT, "%-26s %s cost %10.2f  reference %10s  gap %8s  violations %3d  %.1fs%s",
                row.instance(), row.valid() ? "valid  " : "INVALID", row.cost(), Double.isNaN(row.referenceCost())
                        ? "-"
                        : String.format(Locale.ROOT, "%.2f", row.referenceCost()),
                Double.isNaN(row.gapPercent())
                        ? "-"
                        : String.format(Locale.ROOT, "%.2f%%", row.gapPercent()),
                row.violations(), row
                        .wallSeconds(),
                row.unsupported().isEmpty()
                        ? ""
                        : "  (not yet expressible: " + String.join("; ", row.unsupported())
                                + ")")
                + (row.firstViolation().isEmpty()
                        ? ""
                        : System.lineSeparator() + "    first broken rule: " + row
                                .firstViolation());
    }
}
