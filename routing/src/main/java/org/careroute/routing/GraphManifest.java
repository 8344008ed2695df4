package org.careroute.routing;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a cached graph was built from, written as {@code manifest.json} next to the graph after a complete import.
 * A cache is reused only when every key matches and every listed file still has its size and checksum.
 *
 * @param osmHash
 *            SHA-256 of the OSM file (of its first and last MiB for files larger than 4 MiB)
 * @param files
 *            graph file name to its size and CRC32C
 */
record GraphManifest(int format, String graphhopperVersion, String osmFile, long osmSize, long osmLastModified,
        String osmHash, String profiles, String encodedValues, int minNetworkSize, Map<String, FileCheck> files) {

    static final int FORMAT = 1;

    GraphManifest {
        files = files == null ? Map.of() : new TreeMap<>(files);
    }

    /** The same manifest with another file list. */
    GraphManifest withFiles(Map<String, FileCheck> newFiles) {
        return new GraphManifest(format, graphhopperVersion, osmFile, osmSize, osmLastModified, osmHash, profiles,
                encodedValues, minNetworkSize, newFiles);
    }

    /** Whether the build keys (everything but the file list) are equal. */
    boolean sameKeys(GraphManifest other) {
        return withFiles(Map.of()).equals(other.withFiles(Map.of()));
    }

    /** A graph file's size and CRC32C. */
    record FileCheck(long size, long crc32c) {
    }
}
