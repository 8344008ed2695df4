package org.careroute.datasets.vrptw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.careroute.core.api.InvalidInputException;
import org.careroute.datasets.BenchmarkData;
import org.junit.jupiter.api.Test;

class BestKnownSolutionsTest {

    @Test
    void shippedBks_hasSolomonAndHombergerRows() throws IOException {
        BestKnownSolutions bks = BestKnownSolutions.read(BenchmarkData.vrptw().resolve("bks.csv"));

        assertThat(bks.find("RC101")).hasValue(new BestKnown("RC101", "solomon", 100, 25, 200, 14, 1696.94,
                OptionalInt.of(16), OptionalDouble.of(1643.41)));
        BestKnown r1 = bks.find("R1_10_1").orElseThrow();
        assertThat(r1.instance()).isEqualTo("r1_10_1");
        assertThat(r1.distanceBks()).isEmpty();
        assertThat(r1.referenceDistance()).isEqualTo(53435.98);
        assertThat(bks.find("X999")).isEmpty();
        assertThat(bks.size()).isGreaterThanOrEqualTo(56);
    }

    @Test
    void badRow_isReportedWithLine() {
        String text = """
                instance,class,jobs,fleet_size,capacity,bks_vehicles,bks_distance,distance_bks_vehicles,distance_bks
                C101,solomon,100,25,200,10,828.94,10,828.94
                C102,solomon,hundred,25,200,10,828.94,10,828.94
                """;

        assertThatThrownBy(() -> BestKnownSolutions.read(text, "bks.csv"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).singleElement()
                        .hasToString("bks.csv: (document): line 3: For input string: \"hundred\": "
                                + "'C102,solomon,hundred,25,200,10,828.94,10,828.94'."));
    }
}
