package org.careroute.core.api.explain;

import java.util.List;

/**
 * Why a plan scores what it scores, and why each visit left out is left out. Built without the solver: the score is
 * recomputed per constraint from the problem by the independent verifier's route simulation, and unassigned visits
 * are tried at every position of every shift.
 *
 * @param planScore
 *            the score the plan reports, e.g. {@code 0hard/-2medium/-53170soft}
 * @param hardScore
 *            the recomputed hard score: minus the sum of the hard constraints' penalties
 * @param constraints
 *            every constraint, in {@link org.careroute.core.api.CareConstraint} order
 * @param unassignedVisits
 *            every visit the plan leaves out, in problem order
 * @param planProblems
 *            inconsistencies between the plan and the problem (unknown or repeated visits, edited times...); the
 *            breakdown is computed from the problem either way
 * @param problemName
 *            the problem's name
 * @param mediumScore
 *            the recomputed medium score (unplanned visits by priority)
 * @param softScore
 *            the recomputed soft score
 */
public record Explanation(String problemName, String planScore, long hardScore, long mediumScore, long softScore,
        List<ConstraintBreakdown> constraints, List<UnassignedExplanation> unassignedVisits,
        List<String> planProblems) {

    /** Copies the lists. */
    public Explanation {
        constraints = List.copyOf(constraints);
        unassignedVisits = List.copyOf(unassignedVisits);
        planProblems = List.copyOf(planProblems);
    }

    /**
     * The recomputed score as text, e.g. {@code 0hard/-2medium/-53170soft}.
     *
     * @return hard, medium and soft score
     */
    public String score() {
        return hardScore + "hard/" + mediumScore + "medium/" + softScore + "soft";
    }

    /**
     * Whether the recomputed plan breaks no hard rule and fits the problem.
     *
     * @return {@code true} when the hard score is 0 and there are no plan problems
     */
    public boolean feasible() {
        return hardScore == 0 && planProblems.isEmpty();
    }
}
