package org.careroute.core.api.model;

/** Working-day rules of one shift: breaks, working-time limits, overtime (issue 6). {@link #NONE} for none. */
public record ShiftRules() {

    /** No breaks or limits beyond the shift's start and end. */
    public static final ShiftRules NONE = new ShiftRules();
}
