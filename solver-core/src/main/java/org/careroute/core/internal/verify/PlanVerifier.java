package org.careroute.core.internal.verify;

import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;

/** Re-checks a plan against its problem in plain Java, without Timefold. */
public final class PlanVerifier {

    private PlanVerifier() {
    }

    public static VerificationReport verify(Problem problem, Plan plan) {
        throw new UnsupportedOperationException("not yet");
    }
}
