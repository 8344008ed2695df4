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
import java.util.OptionalDouble;

import org.careroute.core.api.Planner;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.SolveResult;
import org.careroute.datasets.uhhc.UhhcBestKnown;
import org.careroute.datasets.uhhc.UhhcEvaluation;
import org.careroute.datasets.uhhc.UhhcEvaluator;
import org.careroute.datasets.uhhc.UhhcInstance;
import org.careroute.datasets.uhhc.UhhcMapping;
import org.careroute.datasets.uhhc.UhhcPlans;
import org.careroute.datasets.uhhc.UhhcProblems;
import org.careroute.datasets.uhhc.UhhcReader;
import org.careroute.datasets.uhhc.UhhcReferenceSolutions;
import org.careroute.datasets.uhhc.UhhcSolution;
import org.careroute.datasets.uhhc.UhhcSolutionWriter;

/**
 * Solves UHHC instances with careroute: instance → {@link UhhcProblems} → {@link Planner} (default search, one
 * thread) → {@link UhhcPlans} → {@link UhhcSolutionWriter} → scored by {@link UhhcEvaluator}, next to the best
 * published solution. Instances with features careroute cannot express yet are solved all the same; the score tells
 * the truth.
 */
public final class HhcRunner {

    /** The reference method of a best known value from the literature ({@link UhhcBestKnown}). */
    public static final String BEST_KNOWN = "best-known";

    private final Planner planner = Planner.create();
    private final Budget budget;
    private final UhhcReferenceSolutions references;
    private final UhhcBestKnown bestKnown;
    private final Path solutionsOut;

    /**
     * @param bestKnown
     *            best known objectives from the literature, the reference of instances without a published solution
     * @param solutionsOut
     *            directory to write each UHHC solution to ({@code NAME.careroute.json}); null for none
     */
    public HhcRunner(Budget budget, UhhcReferenceSolutions references, UhhcBestKnown bestKnown, Path solutionsOut) {
        this.budget = budget;
        this.references = references;
        this.bestKnown = bestKnown;
        this.solutionsOut = solutionsOut;
    }

    /** The instance files of a set directory ({@code *.json}), in natural order, optionally only the named ones. */
    public static List<Path> instanceFiles(Path setDirectory, List<String> only) throws IOException {
        return InstanceFiles.list(setDirectory, ".json", only);
    }

    public HhcResultRow run(Path file) throws IOException {
        long started = System.nanoTime();
        UhhcInstance instance = UhhcReader.readInstance(file);
        UhhcMapping mapping = UhhcProblems.toProblem(instance);
        SolveOptions options = new SolveOptions(budget.timeLimit(), null, null, budget.moveCountLimit(), budget.seed(),
                null);
        SolveResult result = planner.solveWithStatistics(mapping.problem(), options);
        UhhcSolution solution = UhhcSolutionWriter.toSolution(instance, UhhcPlans.toRoutes(mapping, result.plan()));
        UhhcEvaluation evaluation = UhhcEvaluator.evaluate(instance, solution);
        double wall = (System.nanoTime() - started) / 1e9;
        if (solutionsOut != null) {
            UhhcSolutionWriter.write(solutionsOut.resolve(stem(file) + ".careroute.json"), instance, solution,
                    evaluation);
        }
        String name = stem(file); // metadata names of generated instances are long descriptions
        Optional<UhhcReferenceSolutions.Reference> reference = references.best(name);
        OptionalDouble literature = bestKnown.cost(name);
        double referenceCost = reference.map(UhhcReferenceSolutions.Reference::objective).orElse(literature.orElse(
                Double.NaN));
        String referenceMethod = reference.map(UhhcReferenceSolutions.Reference::method).orElse(literature
                .isPresent() ? BEST_KNOWN : "");
        double gap = evaluation.valid() && !Double.isNaN(referenceCost) && referenceCost != 0
                ? (evaluation.objective() - referenceCost) / referenceCost * 100
                : Double.NaN;
        int unvisited = (int) evaluation.value(org.careroute.datasets.uhhc.UhhcComponent.OPTIONAL_PATIENTS);
        String set = file.toAbsolutePath().normalize().getParent().getFileName().toString();
        return new HhcResultRow(name, set, budget.timeLimitSeconds(), evaluation.objective(), evaluation.valid(),
                evaluation.violations().size(), unvisited, referenceCost, referenceMethod, gap,
                references.best(name, "simulated-annealing").map(UhhcReferenceSolutions.Reference::objective)
                        .orElse(Double.NaN),
                result.plan().score(), mapping.unsupported(), wall, evaluation.violations().isEmpty()
                        ? ""
                        : evaluation.violations().getFirst().message());
    }

    /**
     * Per set (and over all sets when several): instances, valid plans, mean cost, mean gap % of the valid plans with
     * a reference, how many of them beat the reference, mean time.
     */
    public static void printSetMeans(List<HhcResultRow> rows, PrintWriter out) {
        Map<String, List<HhcResultRow>> bySet = new LinkedHashMap<>();
        rows.forEach(row -> bySet.computeIfAbsent(row.set(), k -> new ArrayList<>()).add(row));
        out.println(String.format(Locale.ROOT, "%-16s %9s %6s %12s %10s %12s %8s %8s", "set", "instances", "valid",
                "mean cost", "mean gap %", "w/ reference", "better", "time s"));
        bySet.forEach((set, group) -> out.println(meanLine(set, group)));
        if (bySet.size() > 1) {
            out.println(meanLine("all", rows));
        }
    }

    private static String meanLine(String key, List<HhcResultRow> group) {
        long valid = group.stream().filter(HhcResultRow::valid).count();
        double cost = group.stream().mapToDouble(HhcResultRow::cost).average().orElse(Double.NaN);
        double gap = group.stream().mapToDouble(HhcResultRow::gapPercent).filter(g -> !Double.isNaN(g)).average()
                .orElse(Double.NaN);
        long withReference = group.stream().filter(row -> !Double.isNaN(row.referenceCost())).count();
        long better = group.stream().filter(HhcResultRow::better).count();
        double time = group.stream().mapToDouble(HhcResultRow::wallSeconds).average().orElse(Double.NaN);
        return String.format(Locale.ROOT, "%-16s %9d %6d %12.2f %10s %12d %8d %8.1f", key, group.size(), valid, cost,
                Double.isNaN(gap) ? "-" : String.format(Locale.ROOT, "%.2f", gap), withReference, better, time);
    }

    static String stem(Path file) {
        return InstanceFiles.stem(file, ".json");
    }

}
