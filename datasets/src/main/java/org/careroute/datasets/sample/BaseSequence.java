package org.careroute.datasets.sample;

import java.util.List;

/**
 * Hands out team bases to caregivers in proportion to the clients of each base's municipality, interleaved (smooth
 * weighted round robin) so that every profession is spread over the bases.
 */
final class BaseSequence {

    private final List<Locality> bases;
    private final int[] weights;
    private final int[] current;
    private final int total;

    BaseSequence(List<Locality> bases, List<Locality> localities) {
        this.bases = List.copyOf(bases);
        this.weights = new int[bases.size()];
        for (int i = 0; i < bases.size(); i++) {
            String municipality = bases.get(i).municipality();
            weights[i] = localities.stream().filter(l -> l.municipality().equals(municipality)).mapToInt(
                    Locality::weight).sum();
        }
        int sum = 0;
        for (int w : weights) {
            sum += w;
        }
        this.total = sum;
        this.current = new int[bases.size()];
    }

    Locality next() {
        int best = 0;
        for (int i = 0; i < weights.length; i++) {
            current[i] += weights[i];
            if (current[i] > current[best]) {
                best = i;
            }
        }
        current[best] -= total;
        return bases.get(best);
    }
}
