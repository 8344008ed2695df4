package org.careroute.core.api.model;

import java.util.Objects;

/**
 * Road travel times and distances over an OpenStreetMap extract, computed by a
 * {@link org.careroute.core.api.travel.TravelMatrixSource} (the routing module) that the planner is created with.
 * Each caregiver's transport mode picks the road profile ({@code car}, {@code bike}, {@code foot}) unless
 * {@code profile} sets one for everybody.
 *
 * @param osmFile
 *            path of the {@code .osm.pbf}, {@code .osm.gz} or {@code .osm} file
 * @param maxSnapMeters
 *            a location farther than this from a usable road is an input error
 * @param cacheDir
 *            folder for the imported road graph, {@code null} for the default
 * @param profile
 *            road profile for every caregiver, {@code null} to follow each caregiver's transport mode
 */
public record OsmTravel(String osmFile, double maxSnapMeters, String cacheDir, TransportMode profile)
        implements
            TravelSettings {

    public static final double DEFAULT_MAX_SNAP_METERS = 500.0;

    /** Checks the file name and the snap distance. */
    public OsmTravel {
        Objects.requireNonNull(osmFile, "osmFile");
        if (osmFile.isBlank()) {
            throw new IllegalArgumentException("OSM file must not be blank; give the path of an .osm.pbf file.");
        }
        if (!(maxSnapMeters > 0.0) || !Double.isFinite(maxSnapMeters)) {
            throw new IllegalArgumentException("Maximum snap distance (" + maxSnapMeters
                    + " m) must be positive, e.g. 500.");
        }
        if (cacheDir != null && cacheDir.isBlank()) {
            cacheDir = null;
        }
    }

    /**
     * Travel over {@code osmFile} with the default snap distance, cache folder and per-caregiver profiles.
     *
     * @param osmFile
     *            path of the OpenStreetMap extract
     * @return the travel settings
     */
    public static OsmTravel of(String osmFile) {
        return new OsmTravel(osmFile, DEFAULT_MAX_SNAP_METERS, null, null);
    }

    /**
     * The road profile a caregiver with {@code mode} uses.
     *
     * @param mode
     *            the caregiver's transport mode
     * @return {@code profile} when set, else {@code mode}
     */
    public TransportMode profileFor(TransportMode mode) {
        return profile == null ? mode : profile;
    }

    @Override
    public String mode() {
        return "osm";
    }
}
