package org.careroute.core.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.careroute.core.internal.travel.DenseTravelMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CandidateListsTest {

    @Test
    void pointsOnALine_listNearestFirstWithoutThemselves() {
        DenseTravelMatrix line = DenseTravelMatrix.build(6, (from, to, out) -> {
            out[0] = 10L * Math.abs(from - to);
            out[1] = 0;
        });

        CandidateLists lists = CandidateLists.build(new int[]{0, 1, 2, 3, 4, 5}, line, 1, 0, 3);

        assertThat(List.of(lists.neighbour(2, 0), lists.neighbour(2, 1), lists.neighbour(2, 2)))
                .containsExactly(1, 3, 0);
        assertThat(List.of(lists.neighbour(0, 0), lists.neighbour(0, 1), lists.neighbour(0, 2)))
                .containsExactly(1, 2, 3);
        assertThat(lists.count(5)).isEqualTo(3);
    }

    @Test
    void moreNeighboursThanVisits_isCappedAtTheOtherVisits() {
        DenseTravelMatrix matrix = DenseTravelMatrix.build(3, (from, to, out) -> {
            out[0] = from + to;
            out[1] = from + to;
        });

        CandidateLists lists = CandidateLists.build(new int[]{0, 1, 2}, matrix, 0, 1, 50);

        assertThat(lists.count(0)).isEqualTo(2);
        assertThat(List.of(lists.neighbour(0, 0), lists.neighbour(0, 1))).containsExactly(1, 2);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void randomAsymmetricMatrix_matchesSortingByTheShorterDirection(long seed) {
        Random random = new Random(seed);
        int n = 40;
        int[][] cost = new int[n][n];
        for (int[] row : cost) {
            for (int j = 0; j < n; j++) {
                row[j] = random.nextInt(30);
            }
        }
        DenseTravelMatrix matrix = DenseTravelMatrix.build(n, (from, to, out) -> {
            out[0] = cost[from][to];
            out[1] = 0;
        });
        int[] locations = new int[n];
        for (int i = 0; i < n; i++) {
            locations[i] = i;
        }

        CandidateLists lists = CandidateLists.build(locations, matrix, 1, 0, 7);

        for (int v = 0; v < n; v++) {
            int visit = v;
            List<Integer> expected = new ArrayList<>();
            for (int u = 0; u < n; u++) {
                if (u != v) {
                    expected.add(u);
                }
            }
            expected.sort(Comparator.comparingInt((Integer u) -> Math.min(cost[visit][u], cost[u][visit]))
                    .thenComparingInt(u -> u));
            List<Integer> actual = new ArrayList<>();
            for (int rank = 0; rank < lists.count(v); rank++) {
                actual.add(lists.neighbour(v, rank));
            }
            assertThat(actual).isEqualTo(expected.subList(0, 7));
        }
    }
}
