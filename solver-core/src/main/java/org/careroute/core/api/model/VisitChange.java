package org.careroute.core.api.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * One visit's fate in a re-planned plan; for a visit served by several caregivers, one part's.
 *
 * @param part
 *            which part of a visit served by several caregivers (0-based); {@link PlannedVisit#NO_PART} for an
 *            ordinary visit
 * @param previousShiftId
 *            the shift of the published plan ({@code null} when the visit was not planned there)
 * @param previousStart
 *            the published start ({@code null} when not planned there)
 * @param shiftId
 *            the shift now ({@code null} when unassigned)
 * @param start
 *            the start now ({@code null} when unassigned)
 * @param reason
 *            a sentence saying what changed and why
 * @param visitId
 *            the visit
 * @param kind
 *            what happened to it
 */
public record VisitChange(String visitId, int part, Kind kind, String previousShiftId, Instant previousStart,
        String shiftId, Instant start, String reason) {

    /**
     * The change of an ordinary visit (not a part).
     *
     * @param visitId
     *            the visit
     * @param kind
     *            what happened to it
     * @param previousShiftId
     *            its shift in the published plan, {@code null} when it was left out
     * @param previousStart
     *            its start in the published plan, {@code null} when it was left out
     * @param shiftId
     *            its shift now, {@code null} when it is left out
     * @param start
     *            its start now, {@code null} when it is left out
     * @param reason
     *            why, in words
     */
    public VisitChange(String visitId, Kind kind, String previousShiftId, Instant previousStart, String shiftId,
            Instant start, String reason) {
        this(visitId, PlannedVisit.NO_PART, kind, previousShiftId, previousStart, shiftId, start, reason);
    }

    /**
     * Whether this entry is a part of a visit served by several caregivers.
     *
     * @return {@code true} unless {@link PlannedVisit#NO_PART}
     */
    public boolean isPart() {
        return part != PlannedVisit.NO_PART;
    }

    /** What happened to a visit. */
    public enum Kind {
        /** Started before the re-planning time: kept exactly as published. */
        FIXED("fixed", false),
        /** Same shift, start moved by at most the tolerance. */
        KEPT("kept", false),
        /** Same shift, start moved by more than the tolerance. */
        MOVED_TIME("moved-time", true),
        /** Now served in another shift (another caregiver, or the same caregiver's other shift). */
        OTHER_CAREGIVER("other-caregiver", true),
        /** Planned now, not planned in the published plan (a new visit, or one left out before). */
        NEWLY_PLANNED("newly-planned", false),
        /** Planned in the published plan, left out now. */
        UNASSIGNED("unassigned", true),
        /** Left out in both plans. */
        STILL_UNASSIGNED("still-unassigned", false);

        private final String id;
        private final boolean change;

        Kind(String id, boolean change) {
            this.id = id;
            this.change = change;
        }

        /**
         * The JSON name, e.g. {@code moved-time}.
         *
         * @return the name
         */
        public String id() {
            return id;
        }

        /**
         * Whether this is a change to a published visit (counted and penalised by {@code plan-change}).
         *
         * @return {@code true} for a change
         */
        public boolean isChange() {
            return change;
        }

        /**
         * The kind with a JSON name.
         *
         * @param id
         *            e.g. {@code moved-time}
         * @return the kind, or empty
         */
        public static Optional<Kind> byId(String id) {
            return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
        }
    }
}
