package org.careroute.core.internal.domain;

import static org.careroute.core.internal.domain.CareVisit.UNSET;

/**
 * A visit's facts as the planning entity {@link CareVisit} holds them: one reference to the immutable
 * {@link VisitFacts}, which every solution clone shares, replaced only by the set-up methods here and in
 * {@link CareVisit}, before solving.
 */
public abstract class VisitSetup {

    private VisitFacts facts;

    /** For Timefold's cloner. */
    protected VisitSetup() {
    }

    protected VisitSetup(VisitFacts facts) {
        this.facts = facts;
    }

    /** The visit's facts, shared by every solution clone. */
    public final VisitFacts facts() {
        return facts;
    }

    /** Replaces the facts; only while the problem is set up. */
    protected final void setUp(VisitFacts newFacts) {
        this.facts = newFacts;
    }

    /**
     * Weighs this optional visit (or part) by a value on the soft level instead of its priority on the medium level.
     */
    public void weighByValue(long visitValue) {
        facts = facts.weighedByValue(visitValue);
    }

    /** Makes the windows soft: {@code ends} are the windows' own ends, the visit's window ends their reach. */
    public void softenWindows(long[] ends) {
        facts = facts.withSoftWindowEnds(ends);
    }

    /**
     * Pins the visit (or part) to a caregiver ({@code null}: not pinned) and a start ({@link CareVisit#UNSET}: not
     * pinned).
     */
    public void pin(String caregiverId, long start) {
        facts = facts.pinned(caregiverId, start);
    }

    /**
     * Sets the re-planning facts: the earliest departure towards this visit and, for a visit of the published plan,
     * its shift and start there with the tolerance before a moved start counts as a change, and whether the
     * published route went straight to it after its started visits.
     */
    public void setReplanning(long earliestDeparture, String shiftId, long start, long tolerance, boolean next) {
        facts = facts.withReplanning(new Replanning(earliestDeparture, shiftId, start, tolerance, next, UNSET));
    }

    /**
     * Re-planning: this visit had started at {@code start} (its published start) before the re-planning time; its
     * service starts then, never earlier, even when the changed problem would let its route run earlier (a break
     * removed, a shorter drive). Call after {@link #setReplanning}.
     */
    public void holdStart(long start) {
        facts = facts.withReplanning(facts.replanning().holding(start));
    }
}
