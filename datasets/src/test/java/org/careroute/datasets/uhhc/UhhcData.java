package org.careroute.datasets.uhhc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates {@code shared/datasets/hhc/uhhc} next to the repository, walking up from the working directory. */
final class UhhcData {

    private UhhcData() {
    }

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            for (Path candidate : List.of(dir.resolveSibling("shared"), dir.resolve("shared"))) {
                Path uhhc = candidate.resolve("datasets").resolve("hhc").resolve("uhhc");
                if (Files.isDirectory(uhhc)) {
                    return uhhc;
                }
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("Cannot find shared/datasets/hhc/uhhc next to the repository (looked up from "
                + Path.of("").toAbsolutePath() + ").");
    }

    static Path instances(String set) {
        return root().resolve("instances").resolve(set);
    }

    static List<Path> jsonFiles(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
