package org.careroute.core.api.model;

/**
 * How a visit is linked to caregivers and other visits: parts served together, dependencies, pinning (issue 7).
 * {@link #NONE} for an ordinary visit served by one caregiver.
 */
public record VisitLinks() {

    /** An ordinary, unlinked visit. */
    public static final VisitLinks NONE = new VisitLinks();
}
