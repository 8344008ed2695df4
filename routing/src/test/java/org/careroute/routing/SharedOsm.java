package org.careroute.routing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the OSM extracts the repository ships ({@code datasets/osm} of the clone), walking up from the working
 * directory. The routing module does not depend on the datasets module, so this is a plain lookup.
 */
final class SharedOsm {

    private SharedOsm() {
    }

    static Path file(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("datasets").resolve("osm").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("OSM extract " + name + " not found in a datasets/osm folder above "
                + Path.of("").toAbsolutePath());
    }
}
