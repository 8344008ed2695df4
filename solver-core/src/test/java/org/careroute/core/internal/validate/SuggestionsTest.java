package org.careroute.core.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void typo_suggestsClosest() {
        assertThat(Suggestions.closest("nruse", List.of("physio", "nurse", "insulin"))).contains("nurse");
        assertThat(Suggestions.closest("Durration", List.of("duration", "demand"))).contains("duration");
    }

    @Test
    void unrelatedOrWholeWordReplacement_suggestsNothing() {
        assertThat(Suggestions.closest("pilot", List.of("nurse", "physio"))).isEmpty();
        assertThat(Suggestions.closest("b", List.of("a"))).isEmpty();
        assertThat(Suggestions.didYouMean("b", List.of("a"))).isEqualTo(".");
    }

    @Test
    void distance_isLevenshtein() {
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("same", "same")).isZero();
    }
}
