package org.careroute.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.careroute.core.api.AssertionMode;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.InputError;
import org.careroute.core.api.InvalidInputException;
import org.careroute.core.api.Partition;
import org.careroute.core.api.Planner;
import org.careroute.core.api.Replanning;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.UnassignedVisit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code careroute solve PROBLEM -o SOLUTION}: plans a problem and writes the plan atomically. */
@Command(name = "solve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = {
        "Plans the visits of PROBLEM and writes the plan to SOLUTION.",
        "Progress is shown on stderr. The output is written atomically: SOLUTION is either complete or"
                + " not touched. Ctrl-C stops the solver and still writes the best plan found so far"
                + " (complete and consistent, just less optimised), then exits with code 130."}, footer = {"",
                        "Durations: 500ms, 30s, 5m, 1h, 1h30m or ISO-8601 (PT30S).",
                        "Without --time-limit the solve stops after " + "30s"
                                + " unless another termination (--unimproved-time-limit, --target-score,"
                                + " --move-count-limit) is given; terminations combine: the first one reached stops.",
                        "Re-planning during the day: solve PROBLEM --from PUBLISHED.json --now"
                                + " 2027-03-01T10:30+01:00 -o NEW.json (PROBLEM with the day's changes: a new"
                                + " visit, a sick caregiver's shift ended at now...).",
                        "After a crash: solve PROBLEM --resume CHECKPOINT.json -o PLAN.json continues from the last"
                                + " checkpoint of an earlier run of --checkpoint.",
                        "Reproducible: the same PROBLEM, --seed and --move-count-limit give a byte-identical plan on"
                                + " any machine; time limits, --unimproved-time-limit and Ctrl-C do not.",
                        "Exit codes: 0 planned (also when infeasible: a warning says so), 2 bad input or usage,"
                                + " 130 / 143 after Ctrl-C / SIGTERM (the best plan is written first)."})
final class SolveCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private OsmOptions osm;

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "The problem (careroute JSON).")
    private Path problemFile;

    @Option(names = {"-o",
            "--output"}, required = true, paramLabel = "SOLUTION", description = "Where to write the plan (JSON); its directory must exist.")
    private Path outputFile;

    @Option(names = "--report", paramLabel = "HTML", description = "Also write the plan report (one self-contained HTML"
            + " page, see 'careroute report').")
    private Path reportFile;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class, description = "Stop after this long (default 30s when no other termination is given).")
    private Duration timeLimit;

    @Option(names = "--unimproved-time-limit", paramLabel = "DURATION", converter = DurationConverter.class, description = "Stop when the best plan has not improved for this long.")
    private Duration unimprovedTimeLimit;

    @Option(names = "--target-score", paramLabel = "SCORE", converter = TargetScoreConverter.class, description = "Stop as soon as this score is reached, e.g. 0hard/0medium/-1000soft.")
    private String targetScore;

    @Option(names = "--move-count-limit", paramLabel = "N", converter = PositiveLongConverter.class, description = "Stop after N evaluated moves: the same seed and limit give the same plan on any"
            + " machine.")
    private Long moveCountLimit;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "Random seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--checkpoint", paramLabel = "FILE", description = "While solving, keep the best plan so far in"
            + " FILE (a normal plan file, written atomically): rewritten on improvement at most every"
            + " --checkpoint-interval, and holding the final plan at the end. Protects long runs against crashes"
            + " and kill -9.")
    private Path checkpointFile;

    @Option(names = "--checkpoint-interval", paramLabel = "DURATION", converter = DurationConverter.class, description = "Least time between two checkpoint writes (default 30s).")
    private Duration checkpointInterval;

    @Option(names = "--resume", paramLabel = "CHECKPOINT", description = "Continue from this plan, e.g. the"
            + " --checkpoint FILE of an interrupted run: its routes are taken over as far as PROBLEM still has"
            + " their shifts and visits, the rest is planned, then the search goes on. Nothing is fixed and changes"
            + " are not penalised (that is --from).")
    private Path resumeFile;

    @Option(names = "--full-assert", description = "Recompute the score from scratch after every move to catch"
            + " score corruption (very slow; for small problems and bug reports).")
    private boolean fullAssert;

    @Option(names = "--from", paramLabel = "PLAN", description = "Re-plan: start from this published plan. Its"
            + " routes are kept where the problem allows; new and changed visits are planned; every published visit"
            + " that moves to another caregiver, moves by more than --change-tolerance or is left out costs"
            + " --change-weight. The output gets a 'changes' section (per visit: fixed, kept, moved-time,"
            + " other-caregiver, newly-planned, unassigned, with the reason) and a summary on stderr.")
    private Path fromFile;

    @Option(names = "--now", paramLabel = "TIME", converter = InstantConverter.class, description = "With --from:"
            + " the re-planning time, e.g. 2027-03-01T10:30+01:00. Visits of PLAN that start before it have started"
            + " or are done and never move; nothing else is planned to leave before it.")
    private Instant now;

    @Option(names = "--change-tolerance", paramLabel = "DURATION", converter = ToleranceConverter.class, description = "With --from: a published visit whose start moves by at most this much (same caregiver)"
            + " counts as kept (default 15m).")
    private Duration changeTolerance;

    @Option(names = "--change-weight", paramLabel = "N", description = "With --from: soft penalty per changed"
            + " published visit (default 1800, about 30 minutes of driving; sets the plan-change weight of the"
            + " problem).")
    private Long changeWeight;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Solver threads: with --partition-by, how many partitions are planned at once;"
            + " without it careroute plans on one thread (other values are accepted with a warning).")
    private int threads;

    @Option(names = "--partition-by", paramLabel = "KEY", defaultValue = "NONE", description = "none (default) or base: plan the caregivers of each base (shift start location)"
            + " with the patients nearest to it as independent partitions, --threads at a time, and merge the"
            + " plans. For region-scale problems: memory grows with the largest partition, not the whole region.")
    private PartitionBy partitionBy;

    /** What --partition-by accepts. */
    enum PartitionBy {
        NONE, BASE
    }

    @Override
    public Integer call() {
        Verbosity verbosity = common.verbosity();
        Logging.configure(verbosity);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SolveOptions options = solveOptions();
        AtomicFile.requireWritable(outputFile, problemFile);
        if (reportFile != null) {
            AtomicFile.requireWritable(reportFile, problemFile);
        }
        requireCheckpointOptions();
        if (threads < 1) {
            throw new CommandFailure("--threads " + threads + " must be at least 1.");
        }
        if (threads != 1 && partitionBy == PartitionBy.NONE) {
            err.println("Warning: --threads " + threads + " is ignored without --partition-by: careroute plans one"
                    + " problem on one thread.");
        }
        requireFromForReplanningOptions();
        requireCompatibleStarts();
        Problem problem = withChangeWeight(RoadTravel.apply(InputFiles.readProblem(problemFile), problemFile, osm));
        Plan published = fromFile == null ? null : InputFiles.readPlan(fromFile);
        Plan resumed = resumeFile == null ? null : InputFiles.readPlan(resumeFile);
        try (RoadTravel roads = RoadTravel.open(problem)) {
            if (!verbosity.quiet()) {
                err.println("Planning " + describe(problem) + " from " + problemFile + " (" + terminations(options)
                        + ")...");
            }
            return solve(roads, problem, published, resumed, options, verbosity, out, err);
        } catch (InvalidInputException e) {
            throw RoadTravel.relabel(resumeFile == null ? e : relabelPlan(e), problemFile);
        }
    }

    /** Errors about the plan of --resume name its file (the library calls it "plan"). */
    private InvalidInputException relabelPlan(InvalidInputException e) {
        return new InvalidInputException(e.errors().stream().map(error -> "plan".equals(error.source())
                ? new InputError(resumeFile.toString(), error.pointer(), error.message())
                : error).toList());
    }

    private void requireFromForReplanningOptions() {
        if (fromFile != null) {
            return;
        }
        String given = now != null
                ? "--now"
                : changeTolerance != null ? "--change-tolerance" : changeWeight != null ? "--change-weight" : null;
        if (given != null) {
            throw new ParameterException(spec.commandLine(), given + " only applies when re-planning: add --from"
                    + " PLAN (the published plan to start from).");
        }
    }

    /** --from and --resume each start from a plan, and neither combines with --partition-by. */
    private void requireCompatibleStarts() {
        if (fromFile != null && resumeFile != null) {
            throw new ParameterException(spec.commandLine(), "--resume and --from both give the plan to start from:"
                    + " use --from PLAN to re-plan a published plan (with --now), or --resume CHECKPOINT to"
                    + " continue an interrupted solve.");
        }
        String start = fromFile != null ? "--from" : resumeFile != null ? "--resume" : null;
        if (start != null && partitionBy != PartitionBy.NONE) {
            throw new ParameterException(spec.commandLine(), start + " is not supported with --partition-by:"
                    + " partitions are planned from scratch and independently; drop one of the two options.");
        }
    }

    private Problem withChangeWeight(Problem problem) {
        if (changeWeight == null) {
            return problem;
        }
        if (changeWeight < 0) {
            throw new ParameterException(spec.commandLine(), "--change-weight (" + changeWeight
                    + ") must be 0 or more.");
        }
        Map<String, Long> weights = new HashMap<>(problem.constraintWeights());
        weights.put(CareConstraint.PLAN_CHANGE.id(), changeWeight);
        return new Problem(problem.name(), problem.timeZone(), problem.timeFormat(), problem.travel(), problem
                .caregivers(), problem.visits(), weights, problem.clients());
    }

    private int solve(RoadTravel roads, Problem problem, Plan published, Plan resumed, SolveOptions options,
            Verbosity verbosity, PrintWriter out, PrintWriter err) {
        Planner planner = roads.planner();
        Checkpoint checkpoint = Checkpoint.of(checkpointFile, problem, checkpointInterval == null
                ? Checkpoint.DEFAULT_INTERVAL
                : checkpointInterval, err);
        ProgressDisplay display = ProgressDisplay.open(verbosity, err, options.timeLimit(), Terminal
                .stderrIsTerminal());
        SolveRun run;
        if (partitionBy == PartitionBy.BASE) {
            if (checkpointFile != null) {
                throw new CommandFailure("--checkpoint is not supported with --partition-by: partitions are"
                        + " planned independently; drop one of the two options.");
            }
            List<Partition> partitions = partitionsOf(problem);
            if (!verbosity.quiet()) {
                err.println("Partitioned by base: " + partitions.size() + " partitions, " + threads
                        + " at a time (largest: " + partitions.stream().mapToInt(p -> p.visitIds().size()).max()
                                .orElse(0)
                        + " visits).");
            }
            run = SolveRun.start(display, () -> planner.solvePartitionedAsync(problem, options, threads));
        } else if (published != null) {
            Replanning replanning = new Replanning(published, fromFile.toString(), now, changeTolerance);
            run = SolveRun.start(display, checkpoint::offer, progress -> planner.replanAsync(problem, replanning,
                    options, progress));
        } else if (resumed != null) {
            run = SolveRun.start(display, checkpoint::offer, progress -> planner.solveAsync(problem, resumed, options,
                    progress));
        } else {
            run = SolveRun.start(planner, problem, options, display, checkpoint::offer);
        }
        try {
            Plan plan = run.awaitPlan();
            writePlan(plan, problem);
            checkpoint.finish(plan);
            if (reportFile != null) {
                Outputs.writeReport(planner, roads.geometry(), problem, plan, reportFile);
            }
            if (run.interrupted()) {
                err.println("Interrupted: " + outputFile + " holds the best plan found before the interruption;"
                        + " it is complete and consistent.");
            }
            printSummary(plan, problem, out);
            if (plan.changes() != null && !verbosity.quiet()) {
                ChangeSummary.print(plan.changes(), problem, err);
            }
            printWarnings(plan, err);
            return ExitCodes.OK;
        } finally {
            run.finish();
        }
    }

    private static List<Partition> partitionsOf(Problem problem) {
        try {
            return Planner.partitions(problem);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    private void requireCheckpointOptions() {
        if (checkpointFile == null) {
            if (checkpointInterval != null) {
                throw new CommandFailure("--checkpoint-interval needs --checkpoint FILE.");
            }
            return;
        }
        AtomicFile.requireWritable(checkpointFile, problemFile);
        Path checkpoint = checkpointFile.toAbsolutePath().normalize();
        if (checkpoint.equals(outputFile.toAbsolutePath().normalize()) || reportFile != null && checkpoint.equals(
                reportFile.toAbsolutePath().normalize())) {
            throw new CommandFailure(checkpointFile + ": the checkpoint must be another file than the plan and the"
                    + " report, e.g. " + checkpoint.resolveSibling("checkpoint.json") + ".");
        }
    }

    /** The typed options of this command as the library's {@link SolveOptions}. */
    SolveOptions solveOptions() {
        boolean otherTermination = unimprovedTimeLimit != null || targetScore != null || moveCountLimit != null;
        Duration limit = timeLimit != null || otherTermination ? timeLimit : SolveOptions.DEFAULT_TIME_LIMIT;
        return new SolveOptions(limit, unimprovedTimeLimit, targetScore, moveCountLimit, seed,
                fullAssert ? AssertionMode.FULL : AssertionMode.NONE);
    }

    private static String describe(Problem problem) {
        return "'" + problem.name() + "': " + problem.visits().size() + " visits, " + problem.caregivers().size()
                + " caregivers, " + shiftCount(problem) + " shifts";
    }

    private static String terminations(SolveOptions options) {
        StringBuilder text = new StringBuilder();
        if (options.timeLimit() != null) {
            text.append("time limit ").append(Formats.clock(options.timeLimit()));
        }
        if (options.unimprovedTimeLimit() != null) {
            text.append(text.isEmpty() ? "" : ", ").append("unimproved limit ")
                    .append(Formats.clock(options.unimprovedTimeLimit()));
        }
        if (options.targetScore() != null) {
            text.append(text.isEmpty() ? "" : ", ").append("target ").append(options.targetScore());
        }
        if (options.moveCountLimit() != null) {
            text.append(text.isEmpty() ? "" : ", ").append(options.moveCountLimit()).append(" moves");
        }
        return text + ", seed " + options.seed();
    }

    private void printSummary(Plan plan, Problem problem, PrintWriter out) {
        out.println("Plan written to " + outputFile + (reportFile == null ? "" : ", report to " + reportFile));
        PlanReport.printSummary(plan.summary(), plan.score(), problem, out);
    }

    private void writePlan(Plan plan, Problem problem) {
        try {
            AtomicFile.write(outputFile, writer -> CarerouteJson.writePlan(plan, problem, writer));
        } catch (IOException e) {
            throw new CommandFailure(outputFile + ": cannot write the plan (" + ErrorHandling.describe(e)
                    + "); nothing was written.");
        }
    }

    private void printWarnings(Plan plan, PrintWriter err) {
        if (!plan.summary().feasible()) {
            err.println("Warning: the plan is INFEASIBLE (hard score " + plan.summary().hardScore()
                    + "): it breaks rules no plan may break. Run 'careroute verify " + problemFile + " " + outputFile
                    + "' to list them.");
        }
        List<String> mandatory = plan.unassignedVisits().stream().filter(UnassignedVisit::mandatory)
                .map(UnassignedVisit::visitId).toList();
        if (!mandatory.isEmpty()) {
            err.println("Warning: " + mandatory.size() + " mandatory visit" + (mandatory.size() == 1 ? " is" : "s are")
                    + " unassigned: " + PlanReport.abbreviate(mandatory, 10)
                    + " (see unassignedVisits in the output for the reasons).");
        }
    }

    static long shiftCount(Problem problem) {
        return problem.caregivers().stream().mapToLong(caregiver -> caregiver.shifts().size()).sum();
    }
}
