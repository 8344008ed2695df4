package org.careroute.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code careroute bench chart RESULTS.csv --out chart.svg}: an SVG bar chart of a results CSV. The kind is told by
 * the header: {@code bench vrptw} → mean gap per instance class and solver; {@code bench hhc} → mean gap per instance
 * group to the best published and to the published simulated-annealing solutions; {@code bench scale} → time to the
 * first plan without hard violations per size and mode.
 */
@Command(name = "chart", description = {"Draws an SVG bar chart from a results CSV of bench vrptw (mean gap per"
        + " class and solver), bench hhc (mean gap per instance group to the published solutions) or bench scale"
        + " (time to the first plan without hard violations, by size).",
        "The SVG is written only when the whole CSV was read."}, footer = {"",
                "Example: careroute bench chart benchmarks/results/solomon-10s.csv --out solomon-10s.svg",
                "Exit codes: 0 written, 2 bad input or usage."})
final class ChartCommand implements Callable<Integer> {

    private static final Pattern GROUP_LETTERS = Pattern.compile("^([A-Za-z]{1,3})\\d");
    private static final Pattern PATIENTS = Pattern.compile("_(\\d+)_\\d+$");

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Parameters(arity = "1..*", paramLabel = "CSV", description = "Results written by bench vrptw, hhc or scale;"
            + " several CSVs of one kind are charted together.")
    private List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "SVG", description = "Chart file (overwritten).")
    private Path output;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title (default: what the chart shows).")
    private String title;

    @Option(names = "--note", paramLabel = "TEXT", description = "An extra line under the title, e.g. the date,"
            + " machine and JDK of the run.")
    private String note;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path directory = output.toAbsolutePath().normalize().getParent();
        if (Files.isDirectory(output) || directory == null || !Files.isDirectory(directory)) {
            throw new IllegalArgumentException(output + ": cannot write the chart there; --out must be a file in an"
                    + " existing directory, e.g. chart.svg.");
        }
        List<ResultsCsv> parts = new ArrayList<>();
        for (Path input : inputs) {
            parts.add(ResultsCsv.read(input));
        }
        ResultsCsv csv = ResultsCsv.concat(parts);
        BarChart chart = chart(csv);
        if (note != null && !note.isBlank()) {
            List<String> subtitle = new ArrayList<>(chart.subtitle());
            subtitle.add(note.strip());
            chart = new BarChart(chart.title(), subtitle, chart.yAxisTitle(), chart.xAxisTitle(), chart.categories(),
                    chart.series(), chart.seriesLegend(), chart.values(), chart.unit(), chart.decimals(), chart
                            .missingLabel());
        }
        if (title != null && !title.isBlank()) {
            chart = new BarChart(title.strip(), chart.subtitle(), chart.yAxisTitle(), chart.xAxisTitle(), chart
                    .categories(), chart.series(), chart.seriesLegend(), chart.values(), chart.unit(),
                    chart
                            .decimals(),
                    chart.missingLabel());
        }
        Path temporary = Files.createTempFile(directory, ".chart-", ".svg.tmp");
        try {
            Files.writeString(temporary, chart.toSvg(), StandardCharsets.UTF_8);
            Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        long bars = chart.values().values().stream().mapToLong(Map::size).sum();
        int groups = chart.categories().size();
        out.println("Chart: " + output + " (" + groups + (groups == 1 ? " group, " : " groups, ") + bars + (bars == 1
                ? " bar)"
                : " bars)"));
        return BenchMain.OK;
    }

    /** The chart of a results CSV, by the kind its header tells. */
    static BarChart chart(ResultsCsv csv) {
        BarChart chart = byHeader(csv);
        if (chart.values().values().stream().allMatch(Map::isEmpty)) {
            throw new IllegalArgumentException(csv.describe() + ": no row has a value to chart (no feasible plan, or no"
                    + " plan without hard violations).");
        }
        return chart;
    }

    private static BarChart byHeader(ResultsCsv csv) {
        if (csv.hasColumns("instance", "class", "solver", "time_limit_s", "gap_pct", "feasible")) {
            return vrptw(csv);
        }
        if (csv.hasColumns("instance", "set", "time_limit_s", "cost", "valid", "gap_pct", "sa_cost")) {
            return hhc(csv);
        }
        if (csv.hasColumns("region", "visits", "caregivers", "mode", "time_limit_s", "first_hard_feasible_s")) {
            return scale(csv);
        }
        throw new IllegalArgumentException(csv.describe() + ": not a results CSV of bench vrptw, hhc or scale; the"
                + " header needs the columns instance, class, solver, time_limit_s, gap_pct, feasible (vrptw), or"
                + " instance, set, time_limit_s, cost, valid, gap_pct, sa_cost (hhc), or region, visits, caregivers,"
                + " mode, time_limit_s, first_hard_feasible_s (scale).");
    }

    private static BarChart vrptw(ResultsCsv csv) {
        List<ResultsCsv.Row> rows = nonEmpty(csv);
        Map<String, List<ResultsCsv.Row>> byClass = groups(rows, row -> row.text("class"));
        if (byClass.size() > 1) {
            byClass.put("all", rows);
        }
        List<String> solvers = List.copyOf(groups(rows, row -> row.text("solver")).keySet());
        Map<String, Map<String, Double>> values = means(byClass, solvers, row -> row.text("solver"),
                row -> row.flag("feasible"), row -> row.number("gap_pct"));
        List<String> legend = solvers.stream().map(solver -> {
            long all = rows.stream().filter(row -> row.text("solver").equals(solver)).count();
            long feasible = rows.stream().filter(row -> row.text("solver").equals(solver) && row.flag("feasible"))
                    .count();
            return solver + " (" + feasible + "/" + all + " feasible)";
        }).toList();
        long instances = rows.stream().map(row -> row.text("instance")).distinct().count();
        List<String> categories = byClass.entrySet().stream().map(e -> e.getKey() + "\n" + e.getValue().stream()
                .map(row -> row.text("instance")).distinct().count() + " inst.").toList();
        return new BarChart("Gap to the best known distance, per class and solver", List.of(csv.names()
                + ": " + instances + " instances, " + limit(rows, "per instance and solver")
                + "; mean over the verified feasible plans, lower is better.",
                "Best known: distance-only where bks.csv has it (Solomon), else fewest vehicles first (so a"
                        + " gap can be negative)."),
                "mean gap to the best known distance (%)", "instance class", categories, solvers,
                legend, rekey(values, categories, byClass), " %", 2, "no feasible plan");
    }

    private static BarChart hhc(ResultsCsv csv) {
        List<ResultsCsv.Row> rows = nonEmpty(csv);
        Set<String> sets = new LinkedHashSet<>(rows.stream().map(row -> row.text("set")).toList());
        // the group letters of the UHHC sets differ (Bazirha A-F, Bazirha-CAIE J-N): name the set only on a clash
        boolean clash = groups(rows, row -> group(row.text("instance"), row.text("set"))).values().stream().anyMatch(
                members -> members.stream().map(row -> row.text("set")).distinct().count() > 1);
        Map<String, List<ResultsCsv.Row>> byGroup = groups(rows, row -> (clash ? row.text("set") + " " : "") + group(
                row.text("instance"), row.text("set")));
        ToDoubleFunction<ResultsCsv.Row> toSa = row -> {
            double sa = row.number("sa_cost");
            return Double.isNaN(sa) || sa == 0 ? Double.NaN : (row.number("cost") - sa) / sa * 100;
        };
        Predicate<ResultsCsv.Row> valid = row -> row.flag("valid");
        Map<String, List<ResultsCsv.Row>> shown = new LinkedHashMap<>();
        Map<String, Map<String, Double>> values = new LinkedHashMap<>();
        List<String> left = new ArrayList<>();
        byGroup.forEach((group, members) -> {
            Map<String, Double> bars = new LinkedHashMap<>();
            mean(members, valid, row -> row.number("gap_pct")).ifPresent(v -> bars.put("best", v));
            mean(members, valid, toSa).ifPresent(v -> bars.put("sa", v));
            if (bars.isEmpty()) {
                left.add(group);
            } else {
                String label = group + "\n" + members.size() + " inst.";
                shown.put(label, members);
                values.put(label, bars);
            }
        });
        if (values.isEmpty()) {
            throw new IllegalArgumentException(csv.describe() + ": no valid row has a published solution to compare"
                    + " with (gap_pct and sa_cost are empty); nothing to chart.");
        }
        long validRows = rows.stream().filter(valid).count();
        List<String> subtitle = new ArrayList<>();
        subtitle.add(csv.names() + ": " + String.join(", ", sets) + ", " + rows.size() + " instances ("
                + validRows + " valid), " + limit(rows, "per instance") + "; mean over the valid plans, lower is"
                + " better.");
        if (!left.isEmpty()) {
            subtitle.add("Not shown (no reference or no valid plan): " + String.join(", ", left) + ".");
        }
        return new BarChart("careroute against the published UHHC solutions, per instance group", subtitle,
                "mean gap in the UHHC cost (%)", "instance group", List.copyOf(shown.keySet()), List.of("best",
                        "sa"),
                List.of("vs the best published solution (CP-SAT, SA) or best known",
                        "vs the published simulated annealing"),
                values, " %", 2, "no reference");
    }

    private static BarChart scale(ResultsCsv csv) {
        List<ResultsCsv.Row> rows = nonEmpty(csv);
        Map<String, List<ResultsCsv.Row>> bySize = groups(rows, row -> row.text("visits"));
        List<String> modes = List.copyOf(groups(rows, row -> row.text("mode")).keySet());
        Map<String, Map<String, Double>> values = new LinkedHashMap<>();
        bySize.forEach((size, members) -> {
            Map<String, Double> bars = new LinkedHashMap<>();
            for (ResultsCsv.Row row : members) {
                // a complete plan without hard violations is one too: the earlier of the two columns
                double seconds = Math.min(orInfinity(row.number("first_hard_feasible_s")), orInfinity(row.number(
                        "first_complete_s")));
                seconds = Double.isInfinite(seconds) ? Double.NaN : seconds;
                if (!Double.isNaN(seconds)) {
                    bars.putIfAbsent(row.text("mode"), seconds);
                }
            }
            values.put(size, bars);
        });
        List<String> categories = bySize.entrySet().stream().map(e -> thousands(e.getKey()) + " visits\n" + e
                .getValue().getFirst().text("caregivers") + " caregivers").toList();
        Set<String> regions = new LinkedHashSet<>(rows.stream().map(row -> row.text("region")).toList());
        List<String> legend = modes.stream().map(mode -> switch (mode) {
            case "single" -> "single solve";
            case "partitioned" -> "partitioned by base (all cores; reported at the end)";
            default -> mode;
        }).toList();
        return new BarChart("Time to the first plan without hard violations, by size",
                List.of(csv.names() + ": generated " + String.join(", ", regions) + " days, " + limit(rows, "per size")
                        + "; wall clock from the solve call, model building included.",
                        "\"none\": no plan without hard violations within the time limit; lower is better."),
                "time to the first plan without hard violations (s)", "problem size", categories,
                modes, legend, rekey(values, categories, bySize), " s", 1, "none");
    }

    private static double orInfinity(double value) {
        return Double.isNaN(value) ? Double.POSITIVE_INFINITY : value;
    }

    /** The instance group of a UHHC instance: its letters (Bazirha D3 → D), its patients (Mankowska), its set. */
    static String group(String instance, String set) {
        Matcher letters = GROUP_LETTERS.matcher(instance);
        if (letters.find()) {
            return letters.group(1);
        }
        Matcher patients = PATIENTS.matcher(instance);
        if (patients.find()) {
            return patients.group(1) + "\u00a0patients";
        }
        return set;
    }

    private static List<ResultsCsv.Row> nonEmpty(ResultsCsv csv) {
        if (csv.rows().isEmpty()) {
            throw new IllegalArgumentException(csv.describe() + ": a header but no result rows; nothing to chart.");
        }
        return csv.rows();
    }

    private static Map<String, List<ResultsCsv.Row>> groups(List<ResultsCsv.Row> rows,
            Function<ResultsCsv.Row, String> key) {
        Map<String, List<ResultsCsv.Row>> groups = new LinkedHashMap<>();
        rows.forEach(row -> groups.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row));
        return groups;
    }

    private static Map<String, Map<String, Double>> means(Map<String, List<ResultsCsv.Row>> groups,
            List<String> series, Function<ResultsCsv.Row, String> seriesOf,
            Predicate<ResultsCsv.Row> counted, ToDoubleFunction<ResultsCsv.Row> value) {
        Map<String, Map<String, Double>> values = new LinkedHashMap<>();
        groups.forEach((group, members) -> {
            Map<String, Double> bars = new LinkedHashMap<>();
            for (String s : series) {
                mean(members.stream().filter(row -> seriesOf.apply(row).equals(s)).toList(), counted, value)
                        .ifPresent(v -> bars.put(s, v));
            }
            values.put(group, bars);
        });
        return values;
    }

    /** The mean of the non-empty values of the counted rows, if any. */
    private static Optional<Double> mean(List<ResultsCsv.Row> rows, Predicate<ResultsCsv.Row> counted,
            ToDoubleFunction<ResultsCsv.Row> value) {
        double[] values = rows.stream().filter(counted).mapToDouble(value).filter(v -> !Double.isNaN(v)).toArray();
        return values.length == 0
                ? Optional.empty()
                : Optional.of(Arrays.stream(values).average().orElseThrow());
    }

    /** The values keyed by the labels that replace the group keys, in the same order. */
    private static Map<String, Map<String, Double>> rekey(Map<String, Map<String, Double>> values,
            List<String> labels, Map<String, List<ResultsCsv.Row>> groups) {
        Map<String, Map<String, Double>> keyed = new LinkedHashMap<>();
        int i = 0;
        for (String group : groups.keySet()) {
            keyed.put(labels.get(i++), values.getOrDefault(group, Map.of()));
        }
        return keyed;
    }

    private static String limit(List<ResultsCsv.Row> rows, String per) {
        Set<Double> limits = new LinkedHashSet<>(rows.stream().map(row -> row.number("time_limit_s")).toList());
        if (limits.size() == 1) {
            double seconds = limits.iterator().next();
            if (Double.isNaN(seconds) || seconds == 0) {
                return "a move-count budget " + per;
            }
            return seconds(seconds) + " " + per;
        }
        return "time limits " + limits.stream().map(ChartCommand::seconds).toList() + " " + per;
    }

    private static String seconds(double seconds) {
        if (seconds >= 60 && seconds % 60 == 0) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        }
        return seconds == Math.rint(seconds)
                ? String.format(Locale.ROOT, "%.0f s", seconds)
                : String.format(Locale.ROOT, "%s s", seconds);
    }

    private static String thousands(String number) {
        try {
            return String.format(Locale.ROOT, "%,d", Long.parseLong(number)).replace(',', '\u2009');
        } catch (NumberFormatException e) {
            return number;
        }
    }
}
