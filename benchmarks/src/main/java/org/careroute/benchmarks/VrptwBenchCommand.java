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
import org.careroute.datasets.vrptw.BestKnownSolutions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code careroute bench vrptw --set DIR --time-limit 10s [--instances C101,R101] [--solver careroute|jsprit|ortools]
 * --out results.csv}.
 */
@Command(name = "vrptw", description = {
        "Solves Solomon / Gehring-Homberger instances, re-checks every plan with an independent double-precision"
                + " verifier and writes one CSV row per instance and solver; prints per-class means.",
        "Rows are appended to the CSV as soon as each instance is verified, so a long run keeps what it did."}, footer = {
                "", "Example: careroute bench vrptw --set solomon --time-limit 10s"
                        + " --instances C101,R101 --solver careroute,jsprit,ortools --out results.csv",
                "Exit codes: 0 every plan verified feasible and complete, 1 some plan was not, 2 bad input or usage."})
final class VrptwBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Option(names = "--set", required = true, paramLabel = "SET", description = "A shipped set (solomon, homberger_200, homberger_1000) or a"
            + " directory of instance files (*.txt).")
    private String setName;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = TimeLimitConverter.class, description = "Time limit per instance and solver, e.g. 10s, 1m (default 10s unless --move-count-limit).")
    private Duration timeLimit;

    @Option(names = "--move-count-limit", paramLabel = "N", description = "careroute only: stop after N evaluated"
            + " moves instead of a time limit (reproducible; peers then get 1s).")
    private Long moveCountLimit;

    @Option(names = "--instances", split = ",", paramLabel = "NAME", description = "Only these instances, by file"
            + " name without .txt, any case (default: all in --set).")
    private List<String> instances = new ArrayList<>();

    @Option(names = "--solver", split = ",", paramLabel = "SOLVER", description = "careroute (default), jsprit,"
            + " ortools; several separated by commas run side by side.")
    private List<String> solvers = new ArrayList<>(List.of("careroute"));

    @Option(names = "--out", required = true, paramLabel = "CSV", description = "Results file (overwritten).")
    private Path output;

    @Option(names = "--bks", paramLabel = "CSV", description = "Best known solutions (default: bks.csv in the"
            + " parent of --set).")
    private Path bksFile;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "Random seed of every solver"
            + " (default ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() throws IOException {
        Path setDirectory = BenchmarkData.vrptwSet(setName);
        PrintWriter out = spec.commandLine().getOut();
        Budget budget = budget();
        List<VrptwSolver> chosen = solvers.stream().map(VrptwBenchCommand::solver).toList();
        Path outputDirectory = output.toAbsolutePath().normalize().getParent();
        if (Files.isDirectory(output) || outputDirectory == null || !Files.isDirectory(outputDirectory)) {
            throw new IllegalArgumentException(output + ": cannot write the results there; --out must be a file in"
                    + " an existing directory, e.g. results.csv.");
        }
        if (!Files.isDirectory(setDirectory)) {
            throw new IllegalArgumentException(setDirectory + ": not a directory; give a shipped set name or a"
                    + " directory of instance files.");
        }
        Path bks = bksFile != null ? bksFile : setDirectory.toAbsolutePath().normalize().resolveSibling("bks.csv");
        if (!Files.isRegularFile(bks)) {
            throw new IllegalArgumentException(bks + ": no best-known-solutions file; give it with --bks.");
        }
        BestKnownSolutions bestKnown = BestKnownSolutions.read(bks);
        List<Path> files = QualityRunner.instanceFiles(setDirectory, instances);
        if (files.isEmpty()) {
            throw new IllegalArgumentException(setDirectory + ": no *.txt instance files.");
        }
        List<ResultRow> rows = new ArrayList<>();
        try (BufferedWriter csv = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            csv.write(ResultRow.HEADER);
            csv.newLine();
            csv.flush();
            for (Path file : files) {
                for (VrptwSolver solver : chosen) {
                    QualityRunner runner = new QualityRunner(solver, budget, bestKnown);
                    for (ResultRow row : runner.run(List.of(file), row -> {
                    })) {
                        csv.write(row.toCsv());
                        csv.newLine();
                        csv.flush();
                        rows.add(row);
                        out.println(progressLine(row));
                    }
                }
            }
        }
        out.println();
        QualityRunner.printClassMeans(rows, out);
        out.println("Results: " + output);
        return rows.stream().allMatch(ResultRow::feasible) ? BenchMain.OK : BenchMain.NOT_ALL_FEASIBLE;
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
                : new Budget(timeLimit != null ? timeLimit : Duration.ofSeconds(10), null, seed);
    }

    static VrptwSolver solver(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "careroute" -> new CarerouteVrptwSolver();
            case "jsprit" -> new JspritVrptwSolver();
            case "ortools", "or-tools" -> new OrToolsVrptwSolver();
            default -> throw new IllegalArgumentException("Unknown solver '" + name
                    + "'; use careroute, jsprit or ortools.");
        };
    }

    private static String progressLine(ResultRow row) {
        return String.format(Locale.ROOT, "%-10s %-9s %s vehicles %3d  distance %10.2f  gap %7s  unassigned %d"
                + "  wall %.1fs", row.instance(), row.solver(), row.feasible() ? "feasible  " : "INFEASIBLE",
                row
                        .vehicles(),
                row.distance(), Double.isNaN(row.gapPercent())
                        ? "-"
                        : String.format(
                                Locale.ROOT, "%.2f%%", row.gapPercent()),
                row.unassigned(), row.wallSeconds());
    }
}
