package org.careroute.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.careroute.routing.RoadTravelMatrix;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The benchmark's state works outside JMH (setup, one measured call, teardown). */
class RoadMatrixBenchmarkTest {

    @Tag("slow")
    @Test
    void smallMatrix_isComputedForTheRequestedPoints() {
        RoadMatrixBenchmark benchmark = new RoadMatrixBenchmark();
        benchmark.points = 20;
        benchmark.osm = "monaco.osm.gz";
        benchmark.openNetwork();
        try {
            RoadTravelMatrix matrix = benchmark.matrix();

            assertThat(matrix.size()).isEqualTo(20);
            assertThat(matrix.durationSeconds(0, 19)).isPositive();
        } finally {
            benchmark.closeNetwork();
        }
    }

    @Test
    void unknownOsmFile_isRejectedWithAHint() {
        assertThatThrownBy(() -> RoadMatrixBenchmark.locate("atlantis.osm.pbf"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-p osm=");
    }
}
