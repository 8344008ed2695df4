package org.careroute.reports;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.careroute.core.api.ScoreLevel;
import org.careroute.core.api.explain.ConstraintBreakdown;
import org.careroute.core.api.explain.ConstraintMatch;
import org.careroute.core.api.explain.Explanation;
import org.careroute.core.api.explain.UnassignedExplanation;
import org.careroute.core.api.explain.UnassignedReason;

/**
 * An {@link Explanation} as text for people: the score, each constraint's share with its matches (every hard and
 * medium match, the largest soft ones), and every unassigned visit with its reasons.
 */
public final class ExplanationText {

    /** Soft matches listed per constraint; the JSON form has all of them. */
    static final int SOFT_MATCHES_SHOWN = 5;

    private ExplanationText() {
    }

    public static void print(Explanation explanation, PrintWriter out) {
        out.println("Plan for \"" + explanation.problemName() + "\"");
        String recomputed = explanation.score();
        out.println("  score  " + recomputed + (explanation.feasible() ? " (feasible)" : " (INFEASIBLE)")
                + (recomputed.equals(explanation.planScore())
                        ? ""
                        : "; the plan file claims " + explanation.planScore()));
        if (!explanation.planProblems().isEmpty()) {
            out.println();
            out.println("The plan does not match its problem (" + explanation.planProblems().size() + "):");
            explanation.planProblems().forEach(p -> out.println("  - " + p));
        }
        out.println();
        out.println("Score by constraint (penalty = amount x weight, subtracted on its level):");
        for (ConstraintBreakdown breakdown : explanation.constraints()) {
            printConstraint(breakdown, out);
        }
        out.println();
        List<UnassignedExplanation> unassigned = explanation.unassignedVisits();
        if (unassigned.isEmpty()) {
            out.println("Every visit is planned.");
            return;
        }
        out.println("Unassigned visits (" + unassigned.size() + "):");
        for (UnassignedExplanation visit : unassigned) {
            out.println("  " + visitLabel(visit) + (visit.mandatory() ? " [mandatory]" : ""));
            for (UnassignedReason reason : visit.reasons()) {
                out.println("    - " + kindText(reason.kind()) + ": " + reason.message());
            }
        }
    }

    private static void printConstraint(ConstraintBreakdown breakdown, PrintWriter out) {
        String level = breakdown.level().name().toLowerCase(Locale.ROOT);
        if (breakdown.weight() == 0) {
            out.printf(Locale.ROOT, "  %-28s %-6s off (weight 0)%n", breakdown.constraintId(), level);
            return;
        }
        out.printf(Locale.ROOT, "  %-28s %-6s %12s  = %d x weight %d  (%s; %d match%s)%n", breakdown.constraintId(),
                level, breakdown.totalPenalty() == 0 ? "0" : "-" + breakdown.totalPenalty() + level,
                breakdown.totalAmount(), breakdown.weight(), breakdown.constraint().unit(), breakdown.matches()
                        .size(),
                breakdown.matches().size() == 1 ? "" : "es");
        List<ConstraintMatch> matches = breakdown.matches();
        if (breakdown.level() == ScoreLevel.SOFT && matches.size() > SOFT_MATCHES_SHOWN) {
            matches = matches.stream().sorted(Comparator.comparingLong(ConstraintMatch::penalty).reversed()).limit(
                    SOFT_MATCHES_SHOWN).toList();
            out.println("      largest " + SOFT_MATCHES_SHOWN + " of " + breakdown.matches().size() + ":");
        }
        for (ConstraintMatch match : matches) {
            out.println(
                    "      -" + match.penalty() + "  " + (match.shiftId() == null ? "" : "[" + match.shiftId() + "] ")
                            + match.message());
        }
    }

    static String visitLabel(UnassignedExplanation visit) {
        return visit.visitName().equals(visit.visitId())
                ? visit.visitId()
                : visit.visitId() + " (" + visit
                        .visitName() + ")";
    }

    /** {@code ARRIVES_LATE} as {@code arrives late}. */
    public static String kindText(UnassignedReason.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
