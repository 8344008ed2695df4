package org.careroute.core.api.model;

import java.util.Locale;

/** How a caregiver travels between visits; it picks the travel speed (haversine) or the road profile (OSM). */
public enum TransportMode {
    CAR, BIKE, FOOT;

    /** The lower-case name used in the JSON format. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
