package org.careroute.core.api.model;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A planning problem: who is working, what has to be done, how travel is measured.
 *
 * @param timeZone
 *            the zone times are shown in (the solver itself works in instants)
 * @param constraintWeights
 *            weight overrides by constraint id (see {@link org.careroute.core.api.CareConstraint}); a
 *            weight multiplies the constraint's penalty on its own score level, 0 switches the constraint off
 * @param clients
 *            per-patient settings over the horizon (e.g. a cap on distinct caregivers); patients without an entry
 *            use the defaults
 * @param name
 *            the problem's name; {@code unnamed} when {@code null}
 * @param timeFormat
 *            how the JSON format writes times; ISO when {@code null}
 * @param travel
 *            how travel is measured; haversine defaults when {@code null}
 * @param caregivers
 *            who is working
 * @param visits
 *            what has to be done
 */
public record Problem(String name, ZoneId timeZone, TimeFormat timeFormat, TravelSettings travel,
        List<Caregiver> caregivers, List<Visit> visits, Map<String, Long> constraintWeights, List<Client> clients) {

    public static final String FORMAT_VERSION = "1";

    /** Fills in the defaults and copies the collections. */
    public Problem {
        name = name == null ? "unnamed" : name;
        timeZone = timeZone == null ? ZoneOffset.UTC : timeZone;
        timeFormat = timeFormat == null ? TimeFormat.ISO : timeFormat;
        travel = travel == null ? HaversineTravel.defaults() : travel;
        caregivers = List.copyOf(Objects.requireNonNull(caregivers, "caregivers"));
        visits = List.copyOf(Objects.requireNonNull(visits, "visits"));
        constraintWeights = Map.copyOf(constraintWeights == null ? Map.of() : constraintWeights);
        clients = List.copyOf(clients == null ? List.of() : clients);
    }

    /**
     * A problem without per-patient settings.
     *
     * @param name
     *            the problem's name; {@code unnamed} when {@code null}
     * @param timeZone
     *            the zone times are shown in; UTC when {@code null}
     * @param timeFormat
     *            how the JSON format writes times; ISO when {@code null}
     * @param travel
     *            how travel is measured; haversine defaults when {@code null}
     * @param caregivers
     *            who is working
     * @param visits
     *            what has to be done
     * @param constraintWeights
     *            weight overrides by constraint id; none when {@code null}
     */
    public Problem(String name, ZoneId timeZone, TimeFormat timeFormat, TravelSettings travel,
            List<Caregiver> caregivers, List<Visit> visits, Map<String, Long> constraintWeights) {
        this(name, timeZone, timeFormat, travel, caregivers, visits, constraintWeights, List.of());
    }
}
