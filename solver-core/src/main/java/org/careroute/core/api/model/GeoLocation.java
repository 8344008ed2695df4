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

    /** The mean earth radius (IUGG) the great-circle distances use, in metres. */
    public static final double EARTH_RADIUS_METERS = 6_371_008.8;

    /** Checks the coordinates. */
    public GeoLocation {
        if (!(lat >= -90.0 && lat <= 90.0)) {
            throw new IllegalArgumentException("Latitude (" + lat + ") must be within [-90, 90].");
        }
        if (!(lon >= -180.0 && lon <= 180.0)) {
            throw new IllegalArgumentException("Longitude (" + lon + ") must be within [-180, 180].");
        }
    }

    /**
     * The great-circle (haversine) distance to another point.
     *
     * @param other
     *            the other point
     * @return the distance in metres
     */
    public double distanceMeters(GeoLocation other) {
        return distanceMeters(lat, lon, other.lat, other.lon);
    }

    /**
     * The great-circle (haversine) distance between two points: the one implementation of careroute (haversine
     * travel, partitioning, region generation).
     *
     * @param latA
     *            latitude of the first point in degrees
     * @param lonA
     *            longitude of the first point in degrees
     * @param latB
     *            latitude of the second point in degrees
     * @param lonB
     *            longitude of the second point in degrees
     * @return the distance in metres
     */
    public static double distanceMeters(double latA, double lonA, double latB, double lonB) {
        double lat1 = Math.toRadians(latA);
        double lat2 = Math.toRadians(latB);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(lonB - lonA);
        double sinLat = Math.sin(dLat / 2);
        double sinLon = Math.sin(dLon / 2);
        double h = sinLat * sinLat + Math.cos(lat1) * Math.cos(lat2) * sinLon * sinLon;
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
