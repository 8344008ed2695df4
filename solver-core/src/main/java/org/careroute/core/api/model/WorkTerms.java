package org.careroute.core.api.model;

/** A caregiver's terms of work: costs and limits that hold for every shift (issue 6). {@link #NONE} for none. */
public record WorkTerms() {

    /** No costs or limits. */
    public static final WorkTerms NONE = new WorkTerms();
}
