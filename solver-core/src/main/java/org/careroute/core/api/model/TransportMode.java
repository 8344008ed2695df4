package org.careroute.core.api.model;

import java.util.Locale;

/** How a caregiver travels between visits; it picks the travel speed (haversine) or the road profile (OSM). */
public enum TransportMode {
    /** By car (the default). */
    CAR,
    /** By bicycle. */
    BIKE,
    /** On foot. */
    FOOT;

    /**
     * The lower-case name used in the JSON format.
     *
     * @return e.g. {@code car}
     */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
