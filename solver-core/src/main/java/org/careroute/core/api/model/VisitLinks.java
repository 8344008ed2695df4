package org.careroute.core.api.model;

import java.time.Instant;
import java.util.List;

/**
 * How a visit is linked to caregivers and other visits: parts served together, dependencies, pinning.
 * {@link #NONE} for an ordinary visit served by one caregiver.
 *
 * @param parts
 *            empty for a visit served by one caregiver; otherwise one entry per caregiver needed (at least 2): every
 *            part is served by a different caregiver and all parts start at the same time
 * @param dependencies
 *            visits this visit must follow, each with a minimum and an optional maximum gap
 * @param pinnedCaregiverId
 *            the caregiver who must serve this visit, or {@code null}; for visits with parts, pin the parts instead
 * @param pinnedStart
 *            the instant the service must start (it replaces the time windows), or {@code null}
 */
public record VisitLinks(List<VisitPart> parts, List<VisitDependency> dependencies, String pinnedCaregiverId,
        Instant pinnedStart) {

    /** An ordinary, unlinked visit. */
    public static final VisitLinks NONE = new VisitLinks(List.of(), List.of(), null, null);

    /** Copies the lists and checks the parts. */
    public VisitLinks {
        parts = List.copyOf(parts == null ? List.of() : parts);
        dependencies = List.copyOf(dependencies == null ? List.of() : dependencies);
    }

    /**
     * Whether the visit is served by several caregivers at once.
     *
     * @return {@code true} with two or more parts
     */
    public boolean hasParts() {
        return !parts.isEmpty();
    }

    /**
     * How many caregivers serve the visit.
     *
     * @return the number of parts, or 1
     */
    public int caregiverCount() {
        return parts.isEmpty() ? 1 : parts.size();
    }

    /**
     * Whether the visit is ordinary (no parts, dependencies or pinning).
     *
     * @return {@code true} for {@link #NONE}
     */
    public boolean isNone() {
        return parts.isEmpty() && dependencies.isEmpty() && pinnedCaregiverId == null && pinnedStart == null;
    }
}
