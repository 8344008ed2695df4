package org.careroute.core.api.model;

import java.util.EnumMap;
import java.util.Map;

import org.careroute.core.internal.travel.TravelMatrices;

/**
 * Great-circle distance times a detour factor, driven at a constant speed per transport mode. Needs no map; the
 * default for real-world problems until road travel times are used.
 *
 * @param detourFactor
 *            road distance / straight-line distance, typically 1.2 (cities) to 1.5 (fjords, lakes)
 * @param speedsKmh
 *            average door-to-door speed per transport mode
 */
public record HaversineTravel(double detourFactor, Map<TransportMode, Double> speedsKmh) implements TravelSettings {

    public static final double DEFAULT_DETOUR_FACTOR = 1.3;
    public static final Map<TransportMode, Double> DEFAULT_SPEEDS_KMH = Map.of(TransportMode.CAR, 45.0,
            TransportMode.BIKE, 15.0, TransportMode.FOOT, 4.5);

    /** Checks the detour factor and the speeds; missing speeds get their defaults. */
    public HaversineTravel {
        if (!(detourFactor >= 1.0 && detourFactor <= 5.0)) {
            throw new IllegalArgumentException("Detour factor (" + detourFactor + ") must be within [1, 5].");
        }
        EnumMap<TransportMode, Double> speeds = new EnumMap<>(TransportMode.class);
        speeds.putAll(DEFAULT_SPEEDS_KMH);
        if (speedsKmh != null) {
            speeds.putAll(speedsKmh);
        }
        for (Map.Entry<TransportMode, Double> entry : speeds.entrySet()) {
            double speed = entry.getValue();
            if (!(speed > 0.0 && speed <= 300.0)) {
                throw new IllegalArgumentException("Speed (" + speed + " km/h) for " + entry.getKey().jsonName()
                        + " must be within (0, 300].");
            }
        }
        speedsKmh = Map.copyOf(speeds);
    }

    /**
     * Detour factor 1.3, 45 km/h by car, 15 by bike, 4.5 on foot.
     *
     * @return the settings
     */
    public static HaversineTravel defaults() {
        return new HaversineTravel(DEFAULT_DETOUR_FACTOR, DEFAULT_SPEEDS_KMH);
    }

    /**
     * The speed of a transport mode.
     *
     * @param mode
     *            the transport mode
     * @return km/h
     */
    public double speedKmh(TransportMode mode) {
        return speedsKmh.get(mode);
    }

    /**
     * Road metres between two points as this travel model estimates them (great-circle distance times the detour
     * factor), before rounding: the solver's travel matrix holds {@code Math.round} of it.
     *
     * @param from
     *            the start
     * @param to
     *            the destination
     * @return metres, not rounded
     */
    public double meters(GeoLocation from, GeoLocation to) {
        return detourFactor * TravelMatrices.haversineMeters(from, to);
    }

    /**
     * Seconds to drive from one point to another by {@code mode}: exactly the solver's travel matrix entry.
     *
     * @param from
     *            the start
     * @param to
     *            the destination
     * @param mode
     *            how the caregiver travels
     * @return seconds
     */
    public long durationSeconds(GeoLocation from, GeoLocation to, TransportMode mode) {
        return TravelMatrices.drivingSeconds(meters(from, to), speedKmh(mode) / 3.6);
    }

    @Override
    public String mode() {
        return "haversine";
    }
}
