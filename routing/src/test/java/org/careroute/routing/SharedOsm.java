package org.careroute.routing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the OSM extracts in the shared data folder ({@code ../shared/osm} relative to the repository root). */
final class SharedOsm {

    private SharedOsm() {
    }

    static Path file(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve("osm").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            Path sibling = dir.resolveSibling("shared").resolve("osm").resolve(name);
            if (Files.isRegularFile(sibling)) {
                return sibling;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("OSM extract " + name + " not found in a shared/osm folder above "
                + Path.of("").toAbsolutePath());
    }
}
