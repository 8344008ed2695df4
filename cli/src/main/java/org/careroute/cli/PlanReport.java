package org.careroute.cli;

import java.io.PrintWriter;
import java.util.List;

import org.careroute.core.api.Violation;
import org.careroute.core.api.model.EuclideanTravel;
import org.careroute.core.api.model.PlanSummary;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.TimeFormat;

/** Prints plan summaries and violations for people. */
final class PlanReport {

    private PlanReport() {
    }

    /**
     * @param problem
     *            decides the units: benchmark instances (Euclidean travel or numeric times) count in abstract units
     */
    static void printSummary(PlanSummary summary, String score, Problem problem, PrintWriter out) {
        out.println("  score    " + score + (summary.feasible() ? " (feasible)" : " (INFEASIBLE)"));
        out.println("  visits   " + summary.assignedVisits() + " assigned, " + summary.unassignedVisits()
                + " unassigned");
        out.println("  shifts   " + summary.usedShifts() + " used");
        if (problem.travel() instanceof EuclideanTravel || problem.timeFormat() == TimeFormat.NUMBER) {
            out.println("  travel   " + summary.totalTravelSeconds() + " time units, " + summary
                    .totalDistanceMeters() + " distance units");
            out.println("  waiting  " + summary.totalWaitingSeconds() + " time units");
        } else {
            out.println("  travel   " + Formats.hoursMinutes(summary.totalTravelSeconds()) + " ("
                    + summary.totalTravelSeconds() + " s), " + Formats.distance(summary.totalDistanceMeters())
                    + " (" + summary.totalDistanceMeters() + " m)");
            out.println("  waiting  " + Formats.hoursMinutes(summary.totalWaitingSeconds()));
        }
    }

    static void printViolation(Violation violation, PrintWriter out) {
        StringBuilder line = new StringBuilder("  ").append(violation.constraintId());
        if (violation.shiftId() != null) {
            line.append(" shift ").append(violation.shiftId());
        }
        if (violation.visitId() != null) {
            line.append(" visit ").append(violation.visitId());
        }
        out.println(line.append(": ").append(violation.message()));
    }

    /** The first {@code max} items, then how many more there are. */
    static String abbreviate(List<String> items, int max) {
        if (items.size() <= max) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, max)) + " and " + (items.size() - max) + " more";
    }
}
