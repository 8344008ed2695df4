package org.careroute.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * One CSV row of {@code bench hhc}: careroute's plan of one UHHC instance, scored by the Java implementation of the
 * UHHC spec. Missing values are NaN and written empty.
 *
 * @param instance
 *            the instance file name without {@code .json}
 * @param cost
 *            the UHHC objective of careroute's written solution
 * @param valid
 *            no rule of the spec broken
 * @param violations
 *            how many rules are broken
 * @param unvisited
 *            patients not visited
 * @param referenceCost
 *            the best valid published solution in {@code solutions/}, else the best known value from the
 *            literature ({@code mankowska-bks.csv}, reference method {@code best-known})
 * @param gapPercent
 *            {@code (cost - reference) / reference × 100} for valid plans with a reference
 * @param simulatedAnnealingCost
 *            the published simulated-annealing solution's objective
 * @param unsupported
 *            the instance's features careroute's model cannot express yet
 */
public record HhcResultRow(String instance, String set, double timeLimitSeconds, double cost, boolean valid,
        int violations, int unvisited, double referenceCost, String referenceMethod, double gapPercent,
        double simulatedAnnealingCost,
        String careScore, List<String> unsupported, double wallSeconds, String firstViolation) {

    public static final String HEADER = "instance,set,time_limit_s,cost,valid,violations,unvisited,reference_cost,"
            + "reference_method,gap_pct,sa_cost,better,careroute_score,unsupported,time_s";

    public HhcResultRow {
        unsupported = List.copyOf(unsupported);
    }

    /** A valid plan cheaper than the best published solution. */
    public boolean better() {
        return valid && !Double.isNaN(referenceCost) && cost < referenceCost;
    }

    public String toCsv() {
        return String.join(",", quoted(instance), quoted(set), number(timeLimitSeconds, 3), number(cost, 2),
                Boolean.toString(valid),
                Integer.toString(violations), Integer.toString(unvisited), number(referenceCost, 2), referenceMethod,
                number(gapPercent, 2), number(simulatedAnnealingCost, 2), Boolean.toString(better()), careScore,
                quoted(String.join("; ", unsupported)),
                number(wallSeconds, 2));
    }

    private static String number(double value, int decimals) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
