package org.careroute.core.internal.travel;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.careroute.core.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class MemoryGuardTest {

    @Test
    void matricesWellWithinMemory_areAccepted() {
        // 10 500 locations, one matrix: 0.88 GB of 4 GB.
        assertThatCode(() -> MemoryGuard.check(10_500, 1, 4_000_000_000L)).doesNotThrowAnyException();
    }

    @Test
    void matricesBeyondMemory_areRefusedWithAdvice() {
        // 20 000 locations, two modes: 6.4 GB of 4 GB.
        assertThatThrownBy(() -> MemoryGuard.check(20_000, 2, 4_000_000_000L))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("20000 distinct locations")
                .hasMessageContaining("6.4 GB")
                .hasMessageContaining("-Xmx")
                .hasMessageContaining("split the region");
    }

    @Test
    void moreLocationsThanADenseMatrixCanIndex_areRefused() {
        assertThatThrownBy(() -> MemoryGuard.check(50_000, 1, Long.MAX_VALUE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 46340");
    }

    @Test
    void bytes_areEightPerPairAndMatrix() {
        org.assertj.core.api.Assertions.assertThat(MemoryGuard.bytes(1000, 3)).isEqualTo(24_000_000L);
    }
}
