package org.careroute.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Mixin
    private PlanFiles files;

    @Option(names = {"-o",
            "--output"}, required = true, paramLabel = "HTML", description = "Where to write the report; its directory must exist.")
    private Path outputFile;

    @Override
    public Integer call() {
        Logging.configure(common.verbosity());
        AtomicFile.requireWritable(outputFile, files.problemFile());
        AtomicFile.requireWritable(outputFile, files.solutionFile());
        Problem problem = files.readProblem();
        Plan plan = files.readPlan();
        RoadTravel.using(problem, files.problemFile(), roads -> {
            Outputs.writeReport(roads.planner(), roads.geometry(), problem, plan, outputFile);
            return null;
        });
        PrintWriter out = spec.commandLine().getOut();
        out.println("Report written to " + outputFile);
        return ExitCodes.OK;
    }
}
