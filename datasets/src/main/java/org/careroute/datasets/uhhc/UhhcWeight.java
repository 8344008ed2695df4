package org.careroute.datasets.uhhc;

/** The weight of one cost component: a number, or {@code "HARD"} (a hard rule, counted with weight 1). */
public record UhhcWeight(boolean hard, double value) {

    public static final UhhcWeight HARD = new UhhcWeight(true, 1);

    public static UhhcWeight of(double value) {
        return new UhhcWeight(false, value);
    }

    /** The multiplier of the objective ({@code get_multiplier_cost}): 1 for HARD. */
    public double multiplier() {
        return hard ? 1 : value;
    }

    @Override
    public String toString() {
        return hard ? "HARD" : UhhcNumbers.format(value);
    }
}
