package org.careroute.benchmarks;

import java.util.Locale;

/** One CSV row: a solver's verified result on one instance. Missing values are NaN / -1 and written empty. */
public record ResultRow(String instance, String instanceClass, String solver, double timeLimitSeconds, int vehicles,
        double distance, double distanceBks, double bksDistance, double gapPercent, boolean feasible, int unassigned,
        long scoreCalculationSpeed, long moveEvaluationSpeed, double firstFeasibleSeconds, double wallSeconds) {

    public static final String HEADER = "instance,class,solver,time_limit_s,vehicles,distance,distance_bks,"
            + "bks_distance,gap_pct,feasible,unassigned,score_calc_per_s,move_eval_per_s,first_feasible_s,wall_s";

    public String toCsv() {
        return String.join(",", instance, instanceClass, solver, number(timeLimitSeconds, 3), Integer.toString(
                vehicles), number(distance, 2), number(distanceBks, 2), number(bksDistance, 2),
                number(gapPercent,
                        2),
                Boolean.toString(feasible), Integer.toString(unassigned), count(scoreCalculationSpeed),
                count(moveEvaluationSpeed), number(firstFeasibleSeconds, 3), number(wallSeconds, 2));
    }

    private static String number(double value, int decimals) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String count(long value) {
        return value < 0 ? "" : Long.toString(value);
    }
}
