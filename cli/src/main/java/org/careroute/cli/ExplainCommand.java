package org.careroute.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.careroute.core.api.explain.Explanation;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.reports.ExplanationJson;
import org.careroute.reports.ExplanationText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code careroute explain PROBLEM SOLUTION [--json]}: the score per constraint and why visits are left out. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = {
        "Explains the plan in SOLUTION: the score per constraint with the visits and shifts involved, and for every"
                + " unassigned visit the concrete reasons, found by trying it at every position of every shift.",
        "Computed from PROBLEM without the solver."}, footer = {"",
                "Exit codes: 0 explained (also for infeasible plans), 2 bad input or usage."})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private PlanFiles files;

    @Option(names = "--json", description = "Print JSON for machines instead of text.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        Logging.configure(common.verbosity());
        Problem problem = files.readProblem();
        Plan plan = files.readPlan();
        Explanation explanation = RoadTravel.using(problem, files.problemFile(), roads -> roads.planner().explain(
                problem, plan));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ExplanationJson.write(explanation, out);
        } else {
            ExplanationText.print(explanation, out);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
