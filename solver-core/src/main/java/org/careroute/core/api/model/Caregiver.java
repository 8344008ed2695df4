package org.careroute.core.api.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A nurse, assistant nurse, therapist... who drives out to visits.
 *
 * @param capacity
 *            how much visit demand one shift of this caregiver can carry (e.g. supplies);
 *            {@link #UNLIMITED_CAPACITY} when capacity does not matter
 * @param id
 *            unique id of the caregiver
 * @param name
 *            display name; the id when {@code null}
 * @param skills
 *            skill ids the caregiver has
 * @param transportMode
 *            how the caregiver travels; car when {@code null}
 * @param shifts
 *            the caregiver's working periods
 * @param terms
 *            costs, overtime and team; {@link WorkTerms#NONE} when {@code null}
 */
public record Caregiver(String id, String name, Set<String> skills, TransportMode transportMode, long capacity,
        List<Shift> shifts, WorkTerms terms) {

    public static final long UNLIMITED_CAPACITY = Long.MAX_VALUE;

    /** Checks the components and fills in the defaults. */
    public Caregiver {
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
        skills = Set.copyOf(skills == null ? Set.of() : skills);
        transportMode = transportMode == null ? TransportMode.CAR : transportMode;
        if (capacity < 0) {
            throw new IllegalArgumentException("Caregiver (" + id + ") capacity (" + capacity
                    + ") must not be negative.");
        }
        shifts = List.copyOf(shifts == null ? List.of() : shifts);
        terms = terms == null ? WorkTerms.NONE : terms;
    }

    /**
     * A caregiver without costs or working-time terms.
     *
     * @param id
     *            unique id of the caregiver
     * @param name
     *            display name; the id when {@code null}
     * @param skills
     *            skill ids the caregiver has
     * @param transportMode
     *            how the caregiver travels; car when {@code null}
     * @param capacity
     *            how much visit demand one shift can carry; {@link #UNLIMITED_CAPACITY} when it does not matter
     * @param shifts
     *            the caregiver's working periods
     */
    public Caregiver(String id, String name, Set<String> skills, TransportMode transportMode, long capacity,
            List<Shift> shifts) {
        this(id, name, skills, transportMode, capacity, shifts, WorkTerms.NONE);
    }
}
