package org.careroute.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkDataTest {

    @Test
    void shortNames_resolveToShippedSetsWithInstances() throws IOException {
        for (String set : BenchmarkData.VRPTW_SETS) {
            assertThat(count(BenchmarkData.vrptwSet(set), ".txt")).as(set).isGreaterThanOrEqualTo(56);
        }
        for (String set : BenchmarkData.UHHC_SETS) {
            assertThat(count(BenchmarkData.uhhcSet(set), ".json")).as(set).isGreaterThanOrEqualTo(10);
        }
        assertThat(BenchmarkData.vrptwSet("Homberger-1000")).isEqualTo(BenchmarkData.vrptwSet("homberger_1000"));
    }

    @Test
    void shippedData_carriesItsLicencesAndCitations() {
        Path uhhc = BenchmarkData.uhhc();
        assertThat(uhhc.resolve("LICENSE")).content().contains("Creative Commons Attribution 4.0");
        assertThat(uhhc.resolve("CITATION.cff")).exists();
        assertThat(uhhc.resolve("spec/LICENSE")).content().contains("Apache License");
        assertThat(BenchmarkData.vrptw().resolve("README.md")).content().contains("Solomon").contains("Homberger");
        assertThat(BenchmarkData.root().resolve("osm/README.md")).content().contains("Open Database License");
        assertThat(BenchmarkData.osm("andorra.osm.pbf")).isRegularFile();
        assertThat(BenchmarkData.vrptw().resolve("bks.csv")).isRegularFile();
    }

    @Test
    void existingDirectory_isTakenAsIt(@TempDir Path dir) {
        assertThat(BenchmarkData.vrptwSet(dir.toString())).isEqualTo(dir);
        assertThat(BenchmarkData.uhhcSet(dir.toString())).isEqualTo(dir);
    }

    @Test
    void unknownSet_namesTheShippedOnes() {
        assertThatThrownBy(() -> BenchmarkData.uhhcSet("atlantis")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("atlantis: neither a directory nor a shipped uhhc set").hasMessageContaining(
                        "mankowska, bazirha, bazirha-caie, generated-small, mixed-dev");
        assertThatThrownBy(() -> BenchmarkData.osm("atlantis.osm.pbf")).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("andorra.osm.pbf");
    }

    private static long count(Path dir, String extension) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(extension)).count();
        }
    }
}
