package org.careroute.routing;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.careroute.core.api.model.TransportMode;

/**
 * How a road network is built and used.
 *
 * @param osmFile
 *            the OpenStreetMap extract ({@code .osm.pbf}, {@code .osm.gz} or {@code .osm})
 * @param cacheDir
 *            folder that holds the imported graph; reused when OSM file, profiles and GraphHopper version match
 * @param modes
 *            the transport modes (GraphHopper profiles {@code car}, {@code bike}, {@code foot}) to prepare
 * @param maxSnapMeters
 *            a location farther than this from the nearest usable road is reported as not snappable
 * @param threads
 *            threads used for a matrix (at least 1)
 * @param minNetworkSize
 *            road networks with fewer nodes are cut off during import so nothing snaps onto them (GraphHopper's
 *            {@code prepare.min_network_size})
 * @param matrixCache
 *            whether finished matrices are kept in {@code cacheDir/matrices} and reused for the same locations
 */
public record RoutingOptions(Path osmFile, Path cacheDir, Set<TransportMode> modes, double maxSnapMeters, int threads,
        int minNetworkSize, boolean matrixCache) {

    public static final double DEFAULT_MAX_SNAP_METERS = 500.0;
    public static final int DEFAULT_MIN_NETWORK_SIZE = 200;

    public RoutingOptions {
        Objects.requireNonNull(osmFile, "osmFile");
        Objects.requireNonNull(cacheDir, "cacheDir");
        if (modes == null || modes.isEmpty()) {
            throw new IllegalArgumentException("At least one transport mode (car, bike, foot) is needed.");
        }
        modes = Set.copyOf(EnumSet.copyOf(modes));
        if (!(maxSnapMeters > 0.0) || !Double.isFinite(maxSnapMeters)) {
            throw new IllegalArgumentException("Maximum snap distance (" + maxSnapMeters
                    + " m) must be positive and finite, e.g. 500.");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("Threads (" + threads + ") must be at least 1.");
        }
        if (minNetworkSize < 0) {
            throw new IllegalArgumentException("Minimum network size (" + minNetworkSize
                    + ") must not be negative.");
        }
    }

    /** All three profiles, 500 m snap distance, one thread per core, matrix cache on. */
    public static RoutingOptions of(Path osmFile, Path cacheDir) {
        return new RoutingOptions(osmFile, cacheDir, EnumSet.allOf(TransportMode.class), DEFAULT_MAX_SNAP_METERS,
                Runtime.getRuntime().availableProcessors(), DEFAULT_MIN_NETWORK_SIZE, true);
    }

    /**
     * The default graph cache for an OSM file: {@code ~/.cache/careroute/graphs/<file name>-<hash of its absolute
     * path>}, so that files of the same name in different folders do not evict each other. The manifest inside
     * tells whether it fits the file.
     */
    public static Path defaultCacheDir(Path osmFile) {
        Path absolute = osmFile.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        String pathHash = String.format(Locale.ROOT, "%08x", absolute.toString().hashCode());
        return Path.of(System.getProperty("user.home"), ".cache", "careroute", "graphs", name + "-" + pathHash);
    }

    public RoutingOptions withOsmFile(Path file) {
        return new RoutingOptions(file, cacheDir, modes, maxSnapMeters, threads, minNetworkSize, matrixCache);
    }

    public RoutingOptions withCacheDir(Path dir) {
        return new RoutingOptions(osmFile, dir, modes, maxSnapMeters, threads, minNetworkSize, matrixCache);
    }

    public RoutingOptions withModes(Set<TransportMode> newModes) {
        return new RoutingOptions(osmFile, cacheDir, newModes, maxSnapMeters, threads, minNetworkSize, matrixCache);
    }

    public RoutingOptions withMaxSnapMeters(double meters) {
        return new RoutingOptions(osmFile, cacheDir, modes, meters, threads, minNetworkSize, matrixCache);
    }

    public RoutingOptions withThreads(int newThreads) {
        return new RoutingOptions(osmFile, cacheDir, modes, maxSnapMeters, newThreads, minNetworkSize, matrixCache);
    }

    public RoutingOptions withMatrixCache(boolean enabled) {
        return new RoutingOptions(osmFile, cacheDir, modes, maxSnapMeters, threads, minNetworkSize, enabled);
    }

    public RoutingOptions withMinNetworkSize(int size) {
        return new RoutingOptions(osmFile, cacheDir, modes, maxSnapMeters, threads, size, matrixCache);
    }
}
