package org.careroute.core.internal.score;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.max;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static org.careroute.core.internal.score.CareConstraintProvider.weight;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;

/**
 * The caregivers' idle time: per shift the time on duty spent neither driving, serving nor on a break (waiting before
 * leaving, at patients and for breaks, and from the return to the shift end), as the shift's length minus the busy
 * shares of its visits ({@link CareVisit#getIdleBusySeconds}). The shares come from the visits' own timing, so the
 * per-shift sum is an incremental {@code groupBy}; shifts without visits join through {@code complement} with their
 * breaks as busy time. One stream, shared by the total and by the worst caregiver's idle time (a second
 * {@code groupBy} by caregiver, then {@code max}: O(log caregivers) per changed shift).
 */
final class IdleTimeConstraints {

    private IdleTimeConstraints() {
    }

    /** Soft: seconds of idle time, one match per shift with any. */
    static Constraint idleTime(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.IDLE_TIME;
        return busyByShift(factory)
                .filter((shift, busy) -> shift.getIdleSeconds(busy) > 0)
                .penalize(weight(rule), (shift, busy) -> shift.getIdleSeconds(busy))
                .justifyWith((shift, busy, score) -> new CareJustification(rule.id(), null, shift.getId(), shift
                        .getIdleSeconds(busy)))
                .asConstraint(rule.id());
    }

    /** Soft: seconds of idle time of the caregiver with the most of it over all their shifts (one match). */
    static Constraint worstCaregiverIdleTime(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.WORST_CAREGIVER_IDLE_TIME;
        return busyByShift(factory)
                .groupBy(CAREGIVER, sum((CareShift shift, Long busy) -> shift.getIdleSeconds(busy)))
                .groupBy(max((Object caregiver, Long idle) -> idle))
                .filter(worst -> worst > 0)
                .penalize(weight(rule), Long::longValue)
                .justifyWith((worst, score) -> new CareJustification(rule.id(), null, null, worst))
                .asConstraint(rule.id());
    }

    /**
     * Per shift the busy seconds of its visits; every shift, those without visits with their breaks. Built the same
     * way for both rules (the same lambdas), so Timefold shares the nodes.
     */
    private static BiConstraintStream<CareShift, Long> busyByShift(ConstraintFactory factory) {
        return factory.forEach(CareVisit.class)
                .groupBy(SHIFT, sum(BUSY))
                .complement(CareShift.class, EMPTY_BUSY);
    }

    private static final java.util.function.Function<CareVisit, CareShift> SHIFT = CareVisit::getShift;
    private static final java.util.function.ToLongFunction<CareVisit> BUSY = CareVisit::getIdleBusySeconds;
    private static final java.util.function.BiFunction<CareShift, Long, Object> CAREGIVER = (shift,
            busy) -> shift.getCaregiverKey();
    private static final java.util.function.Function<CareShift, Long> EMPTY_BUSY = CareShift::getBusySecondsWhenEmpty;
}
