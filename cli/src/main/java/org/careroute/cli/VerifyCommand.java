package org.careroute.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlanSummary;
import org.careroute.core.api.model.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code careroute verify PROBLEM SOLUTION}: re-checks a plan independently of the solver. */
@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = {
        "Re-checks the plan in SOLUTION against PROBLEM without the solver: recomputes times,"
                + " travel and score from the problem and lists every broken rule."}, footer = {"",
                        "Exit codes: 0 feasible, 1 violations listed, 2 bad input."})
final class VerifyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private PlanFiles files;

    @Override
    public Integer call() {
        Logging.configure(common.verbosity());
        Problem problem = files.readProblem();
        Plan plan = files.readPlan();
        VerificationReport report = RoadTravel.using(problem, files.problemFile(), roads -> roads.planner().verify(
                problem, plan));
        PrintWriter out = spec.commandLine().getOut();
        if (report.feasible()) {
            out.println(files.solutionFile() + ": feasible: no rule is broken.");
        } else {
            out.println(files.solutionFile() + ": " + report.violations().size() + " violation"
                    + (report.violations().size() == 1 ? "" : "s") + ":");
            report.violations().forEach(violation -> PlanReport.printViolation(violation, out));
        }
        PlanSummary recomputed = report.recomputed();
        out.println("Recomputed from the problem:");
        PlanReport.printSummary(recomputed, Formats.score(recomputed), problem, out);
        if (plan.summary() != null && !sameFigures(plan.summary(), recomputed)) {
            out.println("Note: the plan file claims " + Formats.score(plan.summary()) + ", "
                    + plan.summary().assignedVisits() + " assigned, " + plan.summary().totalTravelSeconds()
                    + " s travel; the figures above are the recomputed ones.");
        }
        return report.feasible() ? ExitCodes.OK : ExitCodes.VIOLATIONS;
    }

    private static boolean sameFigures(PlanSummary claimed, PlanSummary recomputed) {
        return claimed.hardScore() == recomputed.hardScore() && claimed.mediumScore() == recomputed.mediumScore()
                && claimed.softScore() == recomputed.softScore()
                && claimed.assignedVisits() == recomputed.assignedVisits()
                && claimed.totalTravelSeconds() == recomputed.totalTravelSeconds();
    }

}
