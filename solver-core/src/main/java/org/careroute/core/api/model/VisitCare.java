package org.careroute.core.api.model;

/**
 * The patient-care side of a visit: preferences and soft windows (issue 6). {@link #NONE} when the visit has none.
 */
public record VisitCare() {

    /** No preferences. */
    public static final VisitCare NONE = new VisitCare();
}
