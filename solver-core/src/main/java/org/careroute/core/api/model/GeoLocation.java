package org.careroute.core.api.model;

/**
 * A point on earth in WGS84 degrees.
 *
 * @param lat
 *            latitude in degrees, -90 to 90
 * @param lon
 *            longitude in degrees, -180 to 180
 */
public record GeoLocation(double lat, double lon) implements Location {

    /** Checks the coordinates. */
    public GeoLocation {
        if (!(lat >= -90.0 && lat <= 90.0)) {
            throw new IllegalArgumentException("Latitude (" + lat + ") must be within [-90, 90].");
        }
        if (!(lon >= -180.0 && lon <= 180.0)) {
            throw new IllegalArgumentException("Longitude (" + lon + ") must be within [-180, 180].");
        }
    }
}
