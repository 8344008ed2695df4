package org.careroute.datasets.uhhc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UhhcBestKnownTest {

    @Test
    void shippedMankowskaTable_hasEveryInstanceOnTheUhhcScale() throws IOException {
        UhhcBestKnown bestKnown = UhhcBestKnown.loadAll(UhhcData.root());

        assertThat(bestKnown.size()).isEqualTo(70);
        assertThat(bestKnown.cost("instanzcplex_hcsrp_10_1")).hasValueCloseTo(654.5957, within());
        assertThat(UhhcData.jsonFiles(UhhcData.instances("mankowska"))).allSatisfy(file -> assertThat(bestKnown
                .cost(file.getFileName().toString().replace(".json", ""))).as(file.toString()).isPresent());
    }

    @Test
    void unknownInstanceOrFolderWithoutTable_hasNoValue(@TempDir Path dir) throws IOException {
        assertThat(UhhcBestKnown.loadAll(UhhcData.root()).cost("D1")).isEmpty();
        assertThat(UhhcBestKnown.loadAll(dir).size()).isZero();
    }

    @Test
    void badTable_namesFileLineAndValue(@TempDir Path dir) throws IOException {
        Path header = Files.writeString(dir.resolve("a.csv"), "name,cost\nx,1\n");
        Path number = Files.writeString(dir.resolve("b.csv"), "instance,bks_uhhc_cost\nx,1\ny,many\n");

        assertThatThrownBy(() -> UhhcBestKnown.read(header)).hasMessageContaining("a.csv: line 1:")
                .hasMessageContaining("instance and bks_uhhc_cost");
        assertThatThrownBy(() -> UhhcBestKnown.read(number)).hasMessageContaining("b.csv: line 3:")
                .hasMessageContaining("'many' is not a number");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-6);
    }
}
