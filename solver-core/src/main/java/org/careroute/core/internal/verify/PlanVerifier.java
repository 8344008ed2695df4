package org.careroute.core.internal.verify;

import java.util.Objects;

import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;

/**
 * Re-checks a plan against its problem in plain Java, without Timefold and without any solver code: it recomputes
 * every route from the travel matrix, checks every hard rule, compares the plan's reported times, legs and totals
 * with the recomputed ones and recomputes the score with the problem's constraint weights.
 *
 * <p>
 * A constraint whose weight the problem sets to 0 is switched off: it neither produces violations nor score.
 */
public final class PlanVerifier {

    private PlanVerifier() {
    }

    /**
     * @throws IllegalArgumentException
     *             when the problem itself is inconsistent (e.g. location kinds that do not fit its travel mode);
     *             validate problems with {@link org.careroute.core.api.ProblemValidator} first
     */
    public static VerificationReport verify(Problem problem, Plan plan) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(plan, "plan");
        return new Verification(problem, plan).run();
    }
}
