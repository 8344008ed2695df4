package org.careroute.core.api.model;

import java.util.Set;

/**
 * One caregiver's share of a visit that needs several caregivers at once.
 *
 * @param requiredSkills
 *            skills this part needs in addition to the visit's own required skills
 * @param pinnedCaregiverId
 *            the caregiver who must serve this part, or {@code null}
 */
public record VisitPart(Set<String> requiredSkills, String pinnedCaregiverId) {

    /** Copies the skills. */
    public VisitPart {
        requiredSkills = Set.copyOf(requiredSkills == null ? Set.of() : requiredSkills);
    }
}
