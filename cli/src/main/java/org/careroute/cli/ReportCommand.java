package org.careroute.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.careroute.core.api.Planner;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code careroute report PROBLEM SOLUTION -o plan.html}: the plan as one self-contained HTML page. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = {
        "Writes the plan in SOLUTION as one self-contained HTML page (opens offline, prints well): key figures,"
                + " a timeline per caregiver, a map of the routes, the unassigned visits with their reasons and the"
                + " score per constraint."}, footer = {"", "Exit codes: 0 written, 2 bad input or usage."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "The problem (careroute JSON).")
    private Path problemFile;

    @Parameters(index = "1", paramLabel = "SOLUTION", description = "The plan, as written by solve.")
    private Path solutionFile;

    @Option(names = {"-o",
            "--output"}, required = true, paramLabel = "HTML", description = "Where to write the report; its directory must exist.")
    private Path outputFile;

    @Override
    public Integer call() {
        Logging.configure(common.verbosity());
        AtomicFile.requireWritable(outputFile, problemFile);
        AtomicFile.requireWritable(outputFile, solutionFile);
        Problem problem = InputFiles.readProblem(problemFile);
        Plan plan = InputFiles.readPlan(solutionFile);
        Outputs.writeReport(Planner.create(), problem, plan, outputFile);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Report written to " + outputFile);
        return ExitCodes.OK;
    }
}
