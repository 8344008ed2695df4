package org.careroute.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.careroute.datasets.vrptw.BestKnown;
import org.careroute.datasets.vrptw.BestKnownSolutions;
import org.careroute.datasets.vrptw.VrptwInstance;
import org.careroute.datasets.vrptw.VrptwReader;

/**
 * Solves instances one after the other, re-checks every plan with {@link VrptwVerifier} and turns it into a
 * {@link ResultRow}. The gap is to {@code distance_bks} where {@code bks.csv} has it (distance-only best known,
 * Solomon), else to {@code bks_distance} (fewest vehicles first, then distance).
 */
public final class QualityRunner {

    private final VrptwSolver solver;
    private final Budget budget;
    private final BestKnownSolutions bestKnown;

    public QualityRunner(VrptwSolver solver, Budget budget, BestKnownSolutions bestKnown) {
        this.solver = solver;
        this.budget = budget;
        this.bestKnown = bestKnown;
    }

    /** The instance files of a set directory ({@code *.txt}), in natural order, optionally only the named ones. */
    public static List<Path> instanceFiles(Path setDirectory, List<String> only) throws IOException {
        return InstanceFiles.list(setDirectory, ".txt", only);
    }

    /** Runs every file and hands each row over as soon as it is verified. */
    public List<ResultRow> run(List<Path> files, Consumer<ResultRow> onRow) throws IOException {
        List<ResultRow> rows = new ArrayList<>();
        for (Path file : files) {
            ResultRow row = run(VrptwReader.read(file));
            rows.add(row);
            onRow.accept(row);
        }
        return rows;
    }

    public ResultRow run(VrptwInstance instance) {
        long started = System.nanoTime();
        Routes routes = solver.solve(instance, budget);
        double wall = (System.nanoTime() - started) / 1e9;
        Verdict verdict = VrptwVerifier.verify(instance, routes.routes());
        Optional<BestKnown> known = bestKnown.find(instance.name());
        double distanceBks = known.flatMap(k -> k.distanceBks().isPresent()
                ? Optional.of(k.distanceBks().getAsDouble())
                : Optional.empty()).orElse(Double.NaN);
        double bksDistance = known.map(BestKnown::bksDistance).orElse(Double.NaN);
        double reference = known.map(BestKnown::referenceDistance).orElse(Double.NaN);
        double gap = verdict.feasible() ? (verdict.distance() - reference) / reference * 100 : Double.NaN;
        double firstFeasible = routes.firstFeasibleTime() == null
                ? Double.NaN
                : routes.firstFeasibleTime()
                        .toMillis() / 1000.0;
        return new ResultRow(instance.name(), instance.instanceClass(), solver.name(), budget.timeLimitSeconds(),
                verdict.vehicles(), verdict.distance(), distanceBks, bksDistance, gap, verdict.feasible(), verdict
                        .unassigned(),
                routes.scoreCalculationSpeed(), routes.moveEvaluationSpeed(), firstFeasible,
                wall);
    }

    /**
     * Per solver and class (and per solver over all classes): rows, feasible rows, mean gap %, vehicles and distance
     * of the feasible rows, mean score-calculation speed.
     */
    public static void printClassMeans(List<ResultRow> rows, PrintWriter out) {
        Map<String, List<ResultRow>> byClass = new LinkedHashMap<>();
        rows.forEach(row -> byClass.computeIfAbsent(row.solver() + " " + row.instanceClass(), k -> new ArrayList<>())
                .add(row));
        out.println(String.format(Locale.ROOT, "%-16s %9s %9s %10s %9s %12s %14s", "solver class", "instances",
                "feasible", "mean gap %", "vehicles", "distance", "score calc/s"));
        byClass.forEach((key, group) -> out.println(meanLine(key, group)));
        Map<String, List<ResultRow>> bySolver = new LinkedHashMap<>();
        rows.forEach(row -> bySolver.computeIfAbsent(row.solver(), k -> new ArrayList<>()).add(row));
        bySolver.forEach((solver, group) -> {
            if (group.stream().map(ResultRow::instanceClass).distinct().count() > 1) {
                out.println(meanLine(solver + " all", group));
            }
        });
    }

    private static String meanLine(String key, List<ResultRow> group) {
        List<ResultRow> feasible = group.stream().filter(ResultRow::feasible).toList();
        double gap = feasible.stream().mapToDouble(ResultRow::gapPercent).filter(g -> !Double.isNaN(g)).average()
                .orElse(Double.NaN);
        double vehicles = feasible.stream().mapToInt(ResultRow::vehicles).average().orElse(Double.NaN);
        double distance = feasible.stream().mapToDouble(ResultRow::distance).average().orElse(Double.NaN);
        double speed = group.stream().mapToLong(ResultRow::scoreCalculationSpeed).filter(s -> s >= 0).average()
                .orElse(Double.NaN);
        return String.format(Locale.ROOT, "%-16s %9d %9d %10.2f %9.1f %12.1f %14s", key, group.size(), feasible
                .size(), gap, vehicles, distance, Double.isNaN(speed) ? "-" : Long.toString(Math.round(speed)));
    }

}
