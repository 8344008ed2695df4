package org.careroute.datasets.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splits a whole number in proportion to weights (largest remainder method); ties go to the earlier key. */
final class Apportion {

    private Apportion() {
    }

    static <K> Map<K, Integer> largestRemainder(Map<K, Double> weights, int total) {
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (!(sum > 0)) {
            throw new IllegalArgumentException("Weights (" + weights + ") must have a positive sum.");
        }
        Map<K, Integer> result = new LinkedHashMap<>();
        List<Map.Entry<K, Double>> remainders = new ArrayList<>();
        int given = 0;
        for (Map.Entry<K, Double> entry : weights.entrySet()) {
            double exact = total * entry.getValue() / sum;
            int floor = (int) Math.floor(exact);
            result.put(entry.getKey(), floor);
            given += floor;
            remainders.add(Map.entry(entry.getKey(), exact - floor));
        }
        remainders.sort(Comparator.comparing((Map.Entry<K, Double> e) -> e.getValue()).reversed());
        for (int i = 0; i < total - given; i++) {
            result.merge(remainders.get(i).getKey(), 1, Integer::sum);
        }
        return result;
    }

    /** Like {@link #largestRemainder} but every key gets at least one, taken from the largest shares. */
    static <K> Map<K, Integer> atLeastOne(Map<K, Double> weights, int total) {
        if (total < weights.size()) {
            throw new IllegalArgumentException("Cannot give each of " + weights.size() + " keys one of " + total
                    + ".");
        }
        Map<K, Integer> result = largestRemainder(weights, total);
        for (Map.Entry<K, Integer> entry : result.entrySet()) {
            if (entry.getValue() == 0) {
                K largest = result.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                result.merge(largest, -1, Integer::sum);
                entry.setValue(1);
            }
        }
        return result;
    }
}
