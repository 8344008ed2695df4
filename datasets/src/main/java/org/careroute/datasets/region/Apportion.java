package org.careroute.datasets.region;

/** Whole numbers in proportion to weights: visits per team and day, visits per shift. */
final class Apportion {

    private Apportion() {
    }

    /** Splits {@code total} in proportion to {@code weights} (largest remainder; ties to the earlier index). */
    static int[] largestRemainder(double[] weights, int total) {
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
}
