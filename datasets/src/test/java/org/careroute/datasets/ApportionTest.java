package org.careroute.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApportionTest {

    @Test
    void largestRemainder_splitsExactly_tiesToTheEarlierIndex() {
        assertThat(Apportion.largestRemainder(new double[]{1, 1, 1}, 10)).containsExactly(4, 3, 3);
        assertThat(Apportion.largestRemainder(new double[]{0, 2}, 5)).containsExactly(0, 5);
        assertThat(Apportion.largestRemainder(new double[]{0.3, 0.3, 0.4}, 4)).containsExactly(1, 1, 2);
        assertThat(Apportion.largestRemainder(new double[]{0, 0}, 0)).containsExactly(0, 0);
        assertThatThrownBy(() -> Apportion.largestRemainder(new double[]{0, 0}, 1)).hasMessageContaining(
                "on duty");
    }

    @Test
    void atLeastOne_takesFromTheLargestShare() {
        assertThat(Apportion.atLeastOne(new double[]{0.9, 0.05, 0.05}, 10)).containsExactly(8, 1, 1);
        assertThat(Apportion.atLeastOne(new double[]{1, 0, 1}, 3)).containsExactly(1, 1, 1);
        assertThatThrownBy(() -> Apportion.atLeastOne(new double[]{1, 1, 1}, 2)).hasMessageContaining(
                "each of 3");
    }
}
