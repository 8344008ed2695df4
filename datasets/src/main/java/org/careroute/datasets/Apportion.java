package org.careroute.datasets;

/**
 * Whole numbers in proportion to weights (the largest remainder method), for the generators: staff per team, visits
 * per team and day, visits per shift.
 */
public final class Apportion {

    private Apportion() {
    }

    /**
     * Splits {@code total} in proportion to {@code weights}: each gets the whole part of its exact share, and the
     * rest go one each to the largest remainders (ties to the earlier index).
     *
     * @throws IllegalArgumentException
     *             when {@code total} is positive and the weights do not have a positive sum
     */
    public static int[] largestRemainder(double[] weights, int total) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        int[] result = new int[weights.length];
        if (total == 0) {
            return result;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("Nobody is on duty to make " + total + " visits.");
        }
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            result[i] = (int) Math.floor(exact);
            remainders[i] = exact - result[i];
            given += result[i];
        }
        for (int k = given; k < total; k++) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            result[best]++;
            remainders[best] = -1;
        }
        return result;
    }

    /**
     * As {@link #largestRemainder}, but every index gets at least one, each taken from the largest share at that
     * moment (the earlier index on ties).
     *
     * @throws IllegalArgumentException
     *             when {@code total} is smaller than the number of weights
     */
    public static int[] atLeastOne(double[] weights, int total) {
        if (total < weights.length) {
            throw new IllegalArgumentException("Cannot give each of " + weights.length + " one of " + total + ".");
        }
        int[] result = largestRemainder(weights, total);
        for (int i = 0; i < result.length; i++) {
            if (result[i] == 0) {
                int largest = 0;
                for (int j = 1; j < result.length; j++) {
                    if (result[j] > result[largest]) {
                        largest = j;
                    }
                }
                result[largest]--;
                result[i] = 1;
            }
        }
        return result;
    }
}
