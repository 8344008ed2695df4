package org.careroute.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.careroute.core.api.Planner;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.SolveResult;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlanSummary;
import org.careroute.core.api.model.Problem;
import org.careroute.datasets.region.GenerateRequest;
import org.careroute.datasets.region.GeneratedDay;
import org.careroute.datasets.region.RegionGenerator;
import org.careroute.datasets.region.RegionProfile;
import org.careroute.datasets.region.RegionProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code careroute bench scale}: generates region problems of growing size and reports, per size, how long the
 * first plan without hard violations takes, the score at the end, the peak heap and the solver's speed.
 */
@Command(name = "scale", description = "Generates region problems of growing size (careroute generate) and solves"
        + " each: time to the first plan without hard violations, score at the time limit, peak heap, move"
        + " evaluation speed; one CSV row per size (and per mode with --partitioned).")
final class ScaleBenchCommand implements Callable<Integer> {

    static final String HEADER = "region,visits,caregivers,mode,time_limit_s,first_hard_feasible_s,"
            + "first_complete_s,score,hard,medium,soft,assigned,unassigned,peak_heap_mb,move_eval_per_s,"
            + "score_calc_per_s,wall_s,planted_score,planted_soft,planted_assigned,cost_vs_planted_pct,"
            + "assigned_vs_planted,score_vs_planted";

    /** The mode of a planted day solved with only the visits its planted plan serves. */
    static final String PLANTED_VISITS = "planted-visits";

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Option(names = "--region", defaultValue = "varmland", paramLabel = "REGION", description = "Region profile"
            + " (default ${DEFAULT-VALUE}).")
    private String region;

    @Option(names = "--sizes", split = ",", paramLabel = "N", defaultValue = "100,1000,5000,10000", description = "Visit counts (default ${DEFAULT-VALUE}).")
    private List<Integer> sizes;

    @Option(names = "--visits-per-caregiver", paramLabel = "N", defaultValue = "20", description = "Caregivers ="
            + " visits / N (default ${DEFAULT-VALUE}: 10 000 visits, 500 caregivers); where the generator finds that"
            + " too dense for a size, the staff it suggests.")
    private int visitsPerCaregiver;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = TimeLimitConverter.class, defaultValue = "5m", description = "Per size and mode (default ${DEFAULT-VALUE}).")
    private Duration timeLimit;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Generator and solver seed"
            + " (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--planted", description = "Generate planted days (careroute generate --planted): each size"
            + " has a plan known to keep every hard rule; the row compares careroute's plan with it (score, cost at"
            + " default weights, visits planned). A second row per size (mode " + PLANTED_VISITS + ") solves the day"
            + " with only the visits the planted plan serves and compares the cost like for like.")
    private boolean planted;

    @Option(names = "--move-count-limit", paramLabel = "N", description = "Also stop each solve after N moves"
            + " (with --seed: the same search every run, for comparing builds on a loaded machine).")
    private Long moveCountLimit;

    @Option(names = "--partitioned", description = "Also solve each size partitioned by base on all available"
            + " processors, for comparison.")
    private boolean partitioned;

    @Option(names = "--out", required = true, paramLabel = "CSV", description = "Results file (overwritten).")
    private Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        RegionProfile profile = RegionProfiles.byId(region);
        if (visitsPerCaregiver < 1) {
            throw new IllegalArgumentException("--visits-per-caregiver (" + visitsPerCaregiver + ") must be"
                    + " positive.");
        }
        Path directory = output.toAbsolutePath().normalize().getParent();
        if (Files.isDirectory(output) || directory == null || !Files.isDirectory(directory)) {
            throw new IllegalArgumentException(output + ": --out must be a file in an existing directory.");
        }
        List<String> rows = new ArrayList<>();
        try (BufferedWriter csv = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            csv.write(HEADER);
            csv.newLine();
            csv.flush();
            for (int visits : sizes) {
                int caregivers = Math.max(3 * profile.teams().size(), Math.ceilDiv(visits, visitsPerCaregiver));
                GeneratedDay day;
                try {
                    day = generate(profile, visits, caregivers);
                } catch (RegionGenerator.TooManyVisitsException e) {
                    // small sizes: the profile's minimum teams make the ratio too dense; take the staff it suggests
                    caregivers = (int) e.suggestedCaregivers();
                    day = generate(profile, visits, caregivers);
                }
                List<String> modes = new ArrayList<>(List.of("single"));
                if (partitioned) {
                    modes.add("partitioned");
                }
                if (planted) {
                    modes.add(PLANTED_VISITS);
                }
                for (String mode : modes) {
                    GeneratedDay solved = mode.equals(PLANTED_VISITS) ? day.plantedVisitsOnly() : day;
                    String row = run(profile, solved, visits, caregivers, mode);
                    csv.write(row);
                    csv.newLine();
                    csv.flush();
                    rows.add(row);
                    out.println(row);
                }
            }
        }
        out.println("Results: " + output);
        return BenchMain.OK;
    }

    private GeneratedDay generate(RegionProfile profile, int visits, int caregivers) {
        GenerateRequest request = new GenerateRequest(profile, visits, caregivers, 1, seed, null);
        return planted ? RegionGenerator.generatePlanted(request) : RegionGenerator.generateDay(request);
    }

    private String run(RegionProfile profile, GeneratedDay day, int visits, int caregivers, String mode) {
        Problem problem = day.problem();
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p
                .getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        SolveOptions options = new SolveOptions(timeLimit, null, null, moveCountLimit, seed, null);
        Planner planner = Planner.create();
        long started = System.nanoTime();
        double[] firstHardFeasible = {Double.NaN};
        double[] firstComplete = {Double.NaN};
        Plan plan;
        String moveSpeed = "";
        String scoreSpeed = "";
        if (mode.equals("partitioned")) {
            plan = planner.solvePartitioned(problem, options, Runtime.getRuntime().availableProcessors());
        } else {
            SolveResult result = planner.solveWithStatistics(problem, options, progress -> {
                double at = (System.nanoTime() - started) / 1e9;
                if (progress.feasible() && Double.isNaN(firstHardFeasible[0])) {
                    firstHardFeasible[0] = at;
                }
                if (progress.feasible() && progress.unassignedVisits() == 0 && Double.isNaN(firstComplete[0])) {
                    firstComplete[0] = at;
                }
            });
            plan = result.plan();
            moveSpeed = Long.toString(result.statistics().moveEvaluationSpeed());
            scoreSpeed = Long.toString(result.statistics().scoreCalculationSpeed());
            result.statistics().firstFeasible().ifPresent(d -> firstComplete[0] = Math.min(Double.isNaN(
                    firstComplete[0]) ? Double.MAX_VALUE : firstComplete[0], d.toNanos() / 1e9));
            // a complete plan without hard violations (e.g. the greedy routes, before the first progress event) is
            // also the first plan without hard violations when it came earlier
            if (!Double.isNaN(firstComplete[0]) && !(firstHardFeasible[0] <= firstComplete[0])) {
                firstHardFeasible[0] = firstComplete[0];
            }
        }
        double wall = (System.nanoTime() - started) / 1e9;
        if (plan.summary().feasible() && Double.isNaN(firstHardFeasible[0])) {
            firstHardFeasible[0] = wall; // only the final plan was reported
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : heap) {
            peak += pool.getPeakUsage().getUsed();
        }
        return String.format(Locale.ROOT, "%s,%d,%d,%s,%d,%s,%s,%s,%d,%d,%d,%d,%d,%d,%s,%s,%.1f,%s", profile.id(),
                visits, caregivers, mode, timeLimit.toSeconds(), seconds(firstHardFeasible[0]), seconds(
                        firstComplete[0]),
                plan.score(), plan.summary().hardScore(), plan.summary().mediumScore(),
                plan.summary().softScore(), plan.summary().assignedVisits(), plan.summary().unassignedVisits(),
                peak / (1024 * 1024), moveSpeed, scoreSpeed, wall, againstPlanted(day.plantedPlan(), plan));
    }

    /**
     * The planted plan's score, soft cost and visits, careroute's soft cost against it in percent (positive: careroute
     * costs more), the visits careroute plans beyond it and its whole score against the planted plan's (hard, then
     * medium, then soft: {@code better}, {@code equal} or {@code worse}); empty columns without a planted plan.
     */
    static String againstPlanted(Plan plantedPlan, Plan plan) {
        if (plantedPlan == null) {
            return ",,,,,";
        }
        PlanSummary reference = plantedPlan.summary();
        PlanSummary own = plan.summary();
        double gap = reference.softScore() == 0
                ? 0
                : 100.0 * (reference.softScore() - own.softScore()) / -reference.softScore();
        int order = Comparator.comparingLong(PlanSummary::hardScore).thenComparingLong(PlanSummary::mediumScore)
                .thenComparingLong(PlanSummary::softScore).compare(own, reference);
        String versus = order > 0 ? "better" : order < 0 ? "worse" : "equal";
        return String.format(Locale.ROOT, "%s,%d,%d,%.2f,%d,%s", plantedPlan.score(), reference.softScore(), reference
                .assignedVisits(), gap, own.assignedVisits() - reference.assignedVisits(), versus);
    }

    private static String seconds(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.1f", value);
    }
}
