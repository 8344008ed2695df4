package org.careroute.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import org.careroute.core.api.InputError;
import org.careroute.core.api.InvalidInputException;
import org.careroute.core.api.Recommendation;
import org.careroute.core.api.Recommendations;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.reports.RecommendationJson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code careroute recommend PROBLEM PLAN --visit ID}: the best places to insert a new or changed visit. */
@Command(name = "recommend", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = {
        "What-if: lists the best places to insert visit ID of PROBLEM into the plan in SOLUTION"
                + " (caregiver, position, start time, score change), best first, without changing the plan.",
        "Use it for a new visit (add it to PROBLEM) or a changed one (change it in PROBLEM; its current place"
                + " is taken out first). Score changes are relative to the plan without the visit, computed"
                + " with the solver's own score calculation."}, footer = {"",
                        "Example: careroute recommend day.json plan.json --visit urgent-17 --top 5",
                        "Exit codes: 0 places listed (also when none fits: the least bad are listed), 2 bad"
                                + " input or usage."})
final class RecommendCommand implements Callable<Integer> {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private PlanFiles files;

    @Option(names = "--visit", required = true, paramLabel = "ID", description = "The visit to place (its id in"
            + " PROBLEM).")
    private String visitId;

    @Option(names = "--top", paramLabel = "N", defaultValue = "5", converter = PositiveLongConverter.class, description = "How many places to list (default ${DEFAULT-VALUE}).")
    private Long top;

    @Option(names = "--json", description = "Print JSON for machines instead of text.")
    private boolean json;

    @Override
    public Integer call() {
        Logging.configure(common.verbosity());
        Problem problem = files.readProblem();
        Plan plan = files.readPlan();
        int count = (int) Math.min(top, 1000);
        long started = System.nanoTime();
        Recommendations recommendations;
        try {
            recommendations = RoadTravel.using(problem, files.problemFile(), roads -> roads.planner().recommend(
                    problem, plan, visitId, count));
        } catch (InvalidInputException e) {
            throw relabelPlan(e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(recommendations, problem, took, out);
        } else {
            printText(recommendations, problem, took, out);
        }
        return ExitCodes.OK;
    }

    private InvalidInputException relabelPlan(InvalidInputException e) {
        List<InputError> errors = e.errors().stream().map(error -> "plan".equals(error.source())
                ? new InputError(files.solutionFile().toString(), error.pointer(), error.message())
                : error).toList();
        return new InvalidInputException(errors);
    }

    private void printText(Recommendations r, Problem problem, Duration took, PrintWriter out) {
        out.println("Places for visit " + r.visitId() + (r.currentShiftId() == null
                ? ""
                : " (now in shift " + r.currentShiftId() + ", taken out for the comparison)") + ", best first; score"
                + " changes against the plan without it (" + r.baseScore() + "):");
        if (r.options().isEmpty()) {
            out.println("  No caregiver on duty has the skills this visit needs.");
        }
        for (Recommendation option : r.options()) {
            out.printf("  %d. %s (shift %s), %s, start %s (arrive %s, end %s): %s%s%n", option.rank(), option
                    .caregiverId(), option.shiftId(),
                    option.afterVisitId() == null
                            ? "first visit"
                            : "after " + option.afterVisitId(),
                    time(option.start(), problem), time(option
                            .arrival(), problem),
                    time(option.end(), problem), option.scoreChange(), option
                            .keepsHardRules() ? "" : "  (breaks a hard rule)");
        }
        out.println(r.placesTried() + " places estimated, the best scored exactly, in " + took.toMillis() + " ms.");
    }

    private void printJson(Recommendations r, Problem problem, Duration took, PrintWriter out) {
        out.println(RecommendationJson.toJson(r, problem, took).toPrettyString());
    }

    private static String time(Instant instant, Problem problem) {
        return problem.timeFormat() == TimeFormat.NUMBER
                ? Long.toString(instant.getEpochSecond())
                : CLOCK.format(instant.atZone(problem.timeZone()));
    }
}
