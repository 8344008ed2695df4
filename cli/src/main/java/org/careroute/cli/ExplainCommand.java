package org.careroute.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.careroute.core.api.Planner;
import org.careroute.core.api.explain.Explanation;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.reports.ExplanationJson;
import org.careroute.reports.ExplanationText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "The problem (careroute JSON).")
    private Path problemFile;

    @Parameters(index = "1", paramLabel = "SOLUTION", description = "The plan to explain, as written by solve.")
    private Path solutionFile;

    @Option(names = "--json", description = "Print JSON for machines instead of text.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        Logging.configure(common.verbosity());
        Problem problem = InputFiles.readProblem(problemFile);
        Plan plan = InputFiles.readPlan(solutionFile);
        Explanation explanation = Planner.create().explain(problem, plan);
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
