package org.careroute.datasets.vrptw;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code shared/datasets/vrptw} next to the repository, walking up from the working directory. */
public final class SharedData {

    private SharedData() {
    }

    public static Path vrptw() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolveSibling("shared").resolve("datasets").resolve("vrptw");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            Path inside = dir.resolve("shared").resolve("datasets").resolve("vrptw");
            if (Files.isDirectory(inside)) {
                return inside;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("Cannot find shared/datasets/vrptw next to the repository (looked up from "
                + Path.of("").toAbsolutePath() + ").");
    }
}
