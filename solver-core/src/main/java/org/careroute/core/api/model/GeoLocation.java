package org.careroute.core.api.model;

/** A point on earth in WGS84 degrees. */
public record GeoLocation(double lat, double lon) implements Location {

    public GeoLocation {
        if (!(lat >= -90.0 && lat <= 90.0)) {
            throw new IllegalArgumentException("Latitude (" + lat + ") must be within [-90, 90].");
        }
        if (!(lon >= -180.0 && lon <= 180.0)) {
            throw new IllegalArgumentException("Longitude (" + lon + ") must be within [-180, 180].");
        }
    }
}
