package org.careroute.datasets.uhhc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.careroute.datasets.BenchmarkData;

/** The repository's UHHC data ({@code datasets/benchmarks/uhhc}) for tests. */
final class UhhcData {

    private UhhcData() {
    }

    static Path root() {
        return BenchmarkData.uhhc();
    }

    static Path instances(String set) {
        return BenchmarkData.uhhcSet(set);
    }

    static List<Path> jsonFiles(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
