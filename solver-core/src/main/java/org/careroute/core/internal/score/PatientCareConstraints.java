package org.careroute.core.internal.score;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static org.careroute.core.internal.score.CareConstraintProvider.weight;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.internal.domain.CareClient;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;

/**
 * The patient's care: preferred and excluded caregivers, continuity of care over the whole horizon and
 * preferred (soft) time windows. Caregivers are compared by index and bit mask, patients by a shared
 * {@link CareClient} object; continuity counts distinct caregivers per patient with an incremental
 * {@code groupBy(client, countDistinct(caregiver))} shared by the soft rule and the hard cap.
 */
final class PatientCareConstraints {

    private PatientCareConstraints() {
    }

    /** Soft: the visit is served by someone other than the patient's most preferred caregiver (points lost). */
    static Constraint preferredCaregiver(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.PREFERRED_CAREGIVER;
        return factory.forEach(CareVisit.class)
                .filter(visit -> visit.getPreferencePointsLost() > 0)
                .penalize(weight(rule), CareVisit::getPreferencePointsLost)
                .justifyWith((visit, score) -> visitMatch(rule, visit, visit.getPreferencePointsLost()))
                .asConstraint(rule.id());
    }

    /** Hard: the visit is served by a caregiver the patient excluded (per visit). */
    static Constraint excludedCaregiver(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.EXCLUDED_CAREGIVER;
        return factory.forEach(CareVisit.class)
                .filter(CareVisit::isServedByExcludedCaregiver)
                .penalize(weight(rule))
                .justifyWith((visit, score) -> visitMatch(rule, visit, 1))
                .asConstraint(rule.id());
    }

    /** Soft: distinct caregivers a patient sees over the horizon, beyond the first. */
    static Constraint continuityOfCare(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.CONTINUITY_OF_CARE;
        return caregiversPerClient(factory)
                .filter((client, caregivers) -> caregivers > 1)
                .penalize(weight(rule), (client, caregivers) -> caregivers - 1)
                .justifyWith((client, caregivers, score) -> clientMatch(rule, client, caregivers - 1))
                .asConstraint(rule.id());
    }

    /** Hard: a patient sees more distinct caregivers than their cap (by the excess). */
    static Constraint maxDistinctCaregivers(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.MAX_DISTINCT_CAREGIVERS;
        return caregiversPerClient(factory)
                .filter((client, caregivers) -> caregivers > client.getMaxDistinctCaregivers())
                .penalize(weight(rule), (client, caregivers) -> caregivers - client.getMaxDistinctCaregivers())
                .justifyWith((client, caregivers, score) -> clientMatch(rule, client, caregivers
                        - client.getMaxDistinctCaregivers()))
                .asConstraint(rule.id());
    }

    /** Soft: seconds the service starts outside the visit's preferred window. */
    static Constraint preferredWindow(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.PREFERRED_WINDOW;
        return factory.forEach(CareVisit.class)
                .filter(visit -> visit.getPreferredWindowDeviation() > 0)
                .penalize(weight(rule), CareVisit::getPreferredWindowDeviation)
                .justifyWith((visit, score) -> visitMatch(rule, visit, visit.getPreferredWindowDeviation()))
                .asConstraint(rule.id());
    }

    /**
     * Soft: the largest tardiness of any planned visit, after its preferred window or its soft window (one match).
     * The max collector keeps the late visits' tardiness sorted (the values, not the mutable visits), so a move
     * rescoring one late visit costs
     * O(log n); switched off (weight 0) unless a problem weighs it.
     */
    static Constraint worstPreferredWindowDeviation(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.WORST_PREFERRED_WINDOW_DEVIATION;
        return factory.forEach(CareVisit.class)
                .filter(visit -> visit.getTardiness() > 0)
                .groupBy(ConstraintCollectors.max(CareVisit::getTardiness))
                .penalize(weight(rule), Long::longValue)
                .justifyWith((worst, score) -> new CareJustification(rule.id(), null, null, worst, null))
                .asConstraint(rule.id());
    }

    /** Soft: seconds a service starts after the end of the soft window it starts in. */
    static Constraint softWindowLateness(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.SOFT_WINDOW_LATENESS;
        return factory.forEach(CareVisit.class)
                .filter(visit -> visit.getSoftWindowLateness() > 0)
                .penalize(weight(rule), CareVisit::getSoftWindowLateness)
                .justifyWith((visit, score) -> visitMatch(rule, visit, visit.getSoftWindowLateness()))
                .asConstraint(rule.id());
    }

    /** Hard: seconds the deviation from the preferred window exceeds the visit's cap. */
    static Constraint preferredWindowMaxDeviation(ConstraintFactory factory) {
        CareConstraint rule = CareConstraint.PREFERRED_WINDOW_MAX_DEVIATION;
        return factory.forEach(CareVisit.class)
                .filter(visit -> visit.getDeviationBeyondCap() > 0)
                .penalize(weight(rule), CareVisit::getDeviationBeyondCap)
                .justifyWith((visit, score) -> visitMatch(rule, visit, visit.getDeviationBeyondCap()))
                .asConstraint(rule.id());
    }

    /** Distinct caregivers per patient with more than one visit; one node shared by both continuity rules. */
    private static BiConstraintStream<CareClient, Long> caregiversPerClient(ConstraintFactory factory) {
        UniConstraintStream<CareVisit> tracked = factory.forEach(CareVisit.class).filter(HAS_CLIENT);
        return tracked.groupBy(CLIENT, countDistinct(CAREGIVER_KEY));
    }

    private static final java.util.function.Predicate<CareVisit> HAS_CLIENT = visit -> visit.facts().client() != null;
    private static final java.util.function.Function<CareVisit, CareClient> CLIENT = visit -> visit.facts().client();
    private static final java.util.function.Function<CareVisit, Object> CAREGIVER_KEY = CareVisit::getCaregiverKey;

    private static CareJustification clientMatch(CareConstraint rule, CareClient client, long amount) {
        return new CareJustification(rule.id(), null, null, amount, client.getId());
    }

    private static CareJustification visitMatch(CareConstraint rule, CareVisit visit, long amount) {
        CareShift shift = visit.getShift();
        return new CareJustification(rule.id(), visit.getId(), shift == null ? null : shift.getId(), amount);
    }
}
