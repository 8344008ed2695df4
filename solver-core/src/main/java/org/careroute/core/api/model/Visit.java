package org.careroute.core.api.model;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A planned stay at a client's home.
 *
 * @param clientId
 *            the patient; visits of the same client share continuity-of-care rules
 * @param timeWindows
 *            the service must start inside one of these (sorted, non-overlapping)
 * @param priority
 *            how much leaving an optional visit unplanned costs (medium score per visit, &ge; 1); a visit with a
 *            value ({@link VisitCare#value()}) is weighed by that value on the soft level instead
 * @param mandatory
 *            a mandatory visit left unplanned breaks a hard rule
 * @param demand
 *            capacity the visit uses on the caregiver's shift (0 when capacity does not matter)
 * @param care
 *            preferences and soft windows of the patient ({@link VisitCare#NONE} when none)
 * @param links
 *            parts, dependencies and pinning ({@link VisitLinks#NONE} for an ordinary visit)
 * @param id
 *            unique id of the visit
 * @param name
 *            display name; the id when {@code null}
 * @param location
 *            the patient's home
 * @param duration
 *            how long the service takes
 * @param requiredSkills
 *            skills the caregiver must have
 */
public record Visit(String id, String clientId, String name, Location location, Duration duration,
        List<TimeWindow> timeWindows, Set<String> requiredSkills, int priority, boolean mandatory, long demand,
        VisitCare care, VisitLinks links) {

    /** Checks the components and fills in the defaults. */
    public Visit {
        Objects.requireNonNull(id, "id");
        clientId = clientId == null ? id : clientId;
        name = name == null ? id : name;
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("Visit (" + id + ") duration (" + duration
                    + ") must not be negative.");
        }
        timeWindows = List.copyOf(timeWindows == null ? List.of() : timeWindows);
        for (int i = 1; i < timeWindows.size(); i++) {
            if (timeWindows.get(i).start().isBefore(timeWindows.get(i - 1).end())) {
                throw new IllegalArgumentException("Visit (" + id + ") time windows must be sorted and must not"
                        + " overlap (window " + i + ").");
            }
        }
        requiredSkills = Set.copyOf(requiredSkills == null ? Set.of() : requiredSkills);
        if (priority < 1) {
            throw new IllegalArgumentException("Visit (" + id + ") priority (" + priority + ") must be at least 1.");
        }
        if (demand < 0) {
            throw new IllegalArgumentException("Visit (" + id + ") demand (" + demand + ") must not be negative.");
        }
        care = care == null ? VisitCare.NONE : care;
        links = links == null ? VisitLinks.NONE : links;
    }

    /**
     * An ordinary visit without patient-care preferences or links.
     *
     * @param id
     *            unique id of the visit
     * @param clientId
     *            the patient; the id when {@code null}
     * @param name
     *            display name; the id when {@code null}
     * @param location
     *            the patient's home
     * @param duration
     *            how long the service takes
     * @param timeWindows
     *            the service must start inside one of these (sorted, non-overlapping); any time when empty
     * @param requiredSkills
     *            skills the caregiver must have
     * @param priority
     *            cost of leaving an optional visit unplanned, at least 1
     * @param mandatory
     *            whether leaving the visit unplanned breaks a hard rule
     * @param demand
     *            capacity the visit uses on the shift
     */
    public Visit(String id, String clientId, String name, Location location, Duration duration,
            List<TimeWindow> timeWindows, Set<String> requiredSkills, int priority, boolean mandatory, long demand) {
        this(id, clientId, name, location, duration, timeWindows, requiredSkills, priority, mandatory, demand,
                VisitCare.NONE, VisitLinks.NONE);
    }
}
