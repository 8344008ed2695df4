package org.careroute.datasets.uhhc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Best known objectives from the literature for instances without a published solution file, read from a CSV such
 * as the shipped {@code mankowska-bks.csv} (columns {@code instance} and {@code bks_uhhc_cost}, the best known value
 * on the UHHC scale; other columns are ignored). Instances are matched by name, ignoring case.
 */
public final class UhhcBestKnown {

    /** The file name of the shipped table, beside {@code instances/} in the UHHC data. */
    public static final String MANKOWSKA_FILE = "mankowska-bks.csv";

    private static final UhhcBestKnown NONE = new UhhcBestKnown(Map.of());

    private final Map<String, Double> costs;

    private UhhcBestKnown(Map<String, Double> costs) {
        this.costs = costs;
    }

    /** No best known values. */
    public static UhhcBestKnown none() {
        return NONE;
    }

    /** Every best-known table ({@code *-bks.csv}) in the UHHC data folder {@code uhhcRoot}; none when it has none. */
    public static UhhcBestKnown loadAll(Path uhhcRoot) throws IOException {
        Path file = uhhcRoot.resolve(MANKOWSKA_FILE);
        return Files.isRegularFile(file) ? read(file) : NONE;
    }

    /**
     * Reads one table.
     *
     * @throws IllegalArgumentException
     *             naming the file and line when a column is missing or a cost is not a number
     */
    public static UhhcBestKnown read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + ": empty; expected a header with instance and bks_uhhc_cost.");
        }
        List<String> header = List.of(lines.getFirst().trim().split(","));
        int name = header.indexOf("instance");
        int cost = header.indexOf("bks_uhhc_cost");
        if (name < 0 || cost < 0) {
            throw new IllegalArgumentException(file + ": line 1: the header needs the columns instance and"
                    + " bks_uhhc_cost, got " + header + ".");
        }
        Map<String, Double> costs = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length <= Math.max(name, cost) || cells[cost].isBlank()) {
                continue;
            }
            try {
                costs.put(cells[name].trim().toLowerCase(Locale.ROOT), Double.parseDouble(cells[cost].trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ": line " + (i + 1) + ": bks_uhhc_cost '" + cells[cost]
                        + "' is not a number.", e);
            }
        }
        return new UhhcBestKnown(Map.copyOf(costs));
    }

    /** The best known objective of an instance on the UHHC scale, if the table has it. */
    public OptionalDouble cost(String instance) {
        Double cost = costs.get(instance.toLowerCase(Locale.ROOT));
        return cost == null ? OptionalDouble.empty() : OptionalDouble.of(cost);
    }

    /** How many instances the table names. */
    public int size() {
        return costs.size();
    }
}
