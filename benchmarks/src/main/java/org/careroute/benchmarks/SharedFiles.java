package org.careroute.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the repository's data: the shared VRPTW instances ({@code shared/datasets/vrptw} next to the repository,
 * or the directory in the system property {@code careroute.vrptw}), the UHHC data ({@code shared/datasets/hhc/uhhc})
 * and the shipped samples ({@code
 * datasets/samples}), walking up from the working directory.
 */
final class SharedFiles {

    private SharedFiles() {
    }

    static Path vrptw() {
        String configured = System.getProperty("careroute.vrptw");
        if (configured != null) {
            return Path.of(configured);
        }
        return find("shared/datasets/vrptw", true);
    }

    /** {@code shared/datasets/hhc/uhhc}, or the directory in the system property {@code careroute.uhhc}. */
    static Path uhhc() {
        String configured = System.getProperty("careroute.uhhc");
        if (configured != null) {
            return Path.of(configured);
        }
        return find("shared/datasets/hhc/uhhc", true);
    }

    static Path samples() {
        return find("datasets/samples", false);
    }

    private static Path find(String relative, boolean besideRepository) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = (besideRepository ? dir.resolveSibling(relative) : dir.resolve(relative));
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            Path inside = dir.resolve(relative);
            if (Files.isDirectory(inside)) {
                return inside;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("Cannot find " + relative + " from " + Path.of("").toAbsolutePath()
                + "; run from the repository (or set -Dcareroute.vrptw=DIR for the VRPTW instances).");
    }
}
