package org.careroute.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A grouped bar chart (one group per category, one bar per series) rendered as a self-contained SVG document: title,
 * subtitle, legend, y axis with grid lines, unit and zero line, category labels, the value above each bar and a
 * tooltip. A category × series without a value gets {@code missingLabel} instead of a bar.
 *
 * @param subtitle
 *            lines under the title (empty for none)
 * @param categories
 *            group labels; a {@code \n} starts a second, smaller line
 * @param values
 *            per category, per series name; a missing series has no bar
 * @param unit
 *            appended to the value labels and tooltips, e.g. {@code " %"} or {@code " s"}
 */
record BarChart(String title, List<String> subtitle, String yAxisTitle, String xAxisTitle, List<String> categories,
        List<String> series, List<String> seriesLegend, Map<String, Map<String, Double>> values, String unit,
        int decimals, String missingLabel) {

    private static final List<String> PALETTE = List.of("#1f6fb4", "#f08a24", "#2e9e48", "#c0392b", "#8e5cb5",
            "#7f7f7f");
    private static final int BAR_WIDTH = 28;
    private static final int GROUP_GAP = 30;
    private static final int MIN_GROUP_WIDTH = 96;
    private static final int MARGIN_LEFT = 78;
    private static final int MARGIN_RIGHT = 24;
    private static final int PLOT_HEIGHT = 280;
    private static final int BOTTOM = 78;

    BarChart {
        subtitle = List.copyOf(subtitle);
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        seriesLegend = List.copyOf(seriesLegend);
        values = Map.copyOf(values);
        if (seriesLegend.size() != series.size()) {
            throw new IllegalArgumentException("one legend entry per series");
        }
    }

    OptionalDouble value(String category, String seriesName) {
        Double value = values.getOrDefault(category, Map.of()).get(seriesName);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    String toSvg() {
        double min = 0;
        double max = 0;
        for (Map<String, Double> row : values.values()) {
            for (double v : row.values()) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        Axis axis = Axis.of(min, max);
        // room for the bars and for a category label of about 14 characters; groups share out a wider plot
        int barsWidth = series.size() * BAR_WIDTH;
        int width = Math.max(680, MARGIN_LEFT + MARGIN_RIGHT + categories.size() * Math.max(barsWidth + GROUP_GAP,
                MIN_GROUP_WIDTH));
        double groupWidth = (width - MARGIN_LEFT - MARGIN_RIGHT) / (double) Math.max(1, categories.size());
        List<String> lines = wrap(subtitle, (int) ((width - 28) / 5.9));
        int legendY = 48 + 16 * lines.size();
        int plotTop = legendY + 30;
        int plotBottom = plotTop + PLOT_HEIGHT;
        int height = plotBottom + BOTTOM;
        double scale = PLOT_HEIGHT / (axis.high() - axis.low());
        double zeroY = plotBottom - (0 - axis.low()) * scale;

        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"Helvetica, Arial, sans-serif\" role=\"img\">\n", width,
                height, width, height));
        svg.append("<title>").append(escape(title)).append("</title>\n");
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", width,
                height));
        svg.append(text(MARGIN_LEFT - 60, 26, "start", "font-size=\"17\" font-weight=\"bold\" fill=\"#222\"",
                title));
        for (int i = 0; i < lines.size(); i++) {
            svg.append(text(MARGIN_LEFT - 60, 46 + 16 * i, "start", "font-size=\"12\" fill=\"#555\"", lines.get(
                    i)));
        }
        double legendX = MARGIN_LEFT;
        for (int s = 0; s < series.size(); s++) {
            svg.append(String.format(Locale.ROOT, "<rect class=\"legend\" x=\"%.1f\" y=\"%d\" width=\"12\""
                    + " height=\"12\" fill=\"%s\"/>\n", legendX, legendY - 10, color(s)));
            svg.append(text(legendX + 17, legendY, "start", "font-size=\"12\" fill=\"#222\"", seriesLegend.get(s)));
            legendX += 17 + 6.2 * seriesLegend.get(s).length() + 18;
        }
        // grid, ticks and axes
        for (double tick : axis.ticks()) {
            double y = plotBottom - (tick - axis.low()) * scale;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.2f\" x2=\"%d\" y2=\"%.2f\" stroke=\"%s\""
                    + " stroke-width=\"1\"/>\n", MARGIN_LEFT, y, width - MARGIN_RIGHT, y,
                    tick == 0
                            ? "#444"
                            : "#e3e3e3"));
            svg.append(text(MARGIN_LEFT - 6, y + 4, "end", "class=\"tick\" font-size=\"11\" fill=\"#444\"", Axis
                    .label(tick, axis.step()) + unit));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>\n",
                MARGIN_LEFT, plotTop, MARGIN_LEFT, plotBottom));
        svg.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"12\""
                + " fill=\"#222\" transform=\"rotate(-90 16 %.1f)\">%s</text>\n", (plotTop + plotBottom) / 2.0,
                (plotTop + plotBottom) / 2.0, escape(yAxisTitle)));
        // bars
        for (int c = 0; c < categories.size(); c++) {
            String category = categories.get(c);
            double groupX = MARGIN_LEFT + c * groupWidth + (groupWidth - barsWidth) / 2;
            for (int s = 0; s < series.size(); s++) {
                double x = groupX + s * BAR_WIDTH;
                double centre = x + BAR_WIDTH / 2.0;
                OptionalDouble value = value(category, series.get(s));
                if (value.isEmpty()) {
                    svg.append(String.format(Locale.ROOT, "<text class=\"missing\" x=\"%.2f\" y=\"%.2f\""
                            + " font-size=\"10\" fill=\"#777\" transform=\"rotate(-90 %.2f %.2f)\">%s</text>\n",
                            centre + 3, zeroY - 4, centre + 3, zeroY - 4, escape(missingLabel)));
                    continue;
                }
                double v = value.getAsDouble();
                double barHeight = Math.abs(v) * scale;
                double y = v >= 0 ? zeroY - barHeight : zeroY;
                String shown = format(v) + unit;
                svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" data-category=\"%s\" data-series=\"%s\""
                        + " data-value=\"%s\" x=\"%.2f\" y=\"%.4f\" width=\"%d\" height=\"%.4f\" fill=\"%s\">"
                        + "<title>%s, %s: %s</title></rect>\n", escape(category).replace("\n", "&#10;"),
                        escape(series.get(
                                s)),
                        format(v),
                        x + 1, y, BAR_WIDTH - 2, barHeight, color(s), escape(category.replace('\n', ' ')), escape(
                                seriesLegend.get(s)),
                        escape(shown)));
                double labelY = v >= 0 ? y - 3 : y + barHeight + 11;
                svg.append(text(centre, labelY, "middle", "class=\"value\" font-size=\"9\" fill=\"#333\"", format(
                        v)));
            }
            String[] label = category.split("\n", 2);
            svg.append(text(groupX + series.size() * BAR_WIDTH / 2.0, plotBottom + 17, "middle",
                    "class=\"category\" font-size=\"12\" fill=\"#222\"", label[0]));
            if (label.length > 1) {
                svg.append(text(groupX + series.size() * BAR_WIDTH / 2.0, plotBottom + 31, "middle",
                        "font-size=\"10\" fill=\"#666\"", label[1]));
            }
        }
        svg.append(text((MARGIN_LEFT + width - MARGIN_RIGHT) / 2.0, height - 16, "middle",
                "font-size=\"12\" fill=\"#222\"", xAxisTitle));
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** The lines broken at spaces so that none is longer than {@code maxChars} (a longer word stays whole). */
    static List<String> wrap(List<String> lines, int maxChars) {
        List<String> wrapped = new java.util.ArrayList<>();
        for (String line : lines) {
            StringBuilder current = new StringBuilder();
            for (String word : line.split(" ")) {
                if (!current.isEmpty() && current.length() + 1 + word.length() > maxChars) {
                    wrapped.add(current.toString());
                    current.setLength(0);
                }
                current.append(current.isEmpty() ? "" : " ").append(word);
            }
            wrapped.add(current.toString());
        }
        return wrapped;
    }

    private String format(double value) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String color(int series) {
        return PALETTE.get(series % PALETTE.size());
    }

    private static String text(double x, double y, String anchor, String attributes, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.2f\" y=\"%.2f\" text-anchor=\"%s\" %s>%s</text>\n", x, y,
                anchor, attributes, escape(content));
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> escaped.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return escaped.toString();
    }

    /** A y axis from {@code low} to {@code high} (zero included) in steps of 1, 2, 2.5 or 5 × 10^k. */
    record Axis(double low, double high, double step) {

        static Axis of(double lowest, double highest) {
            // a mean of -0.00 (a plan equal to the best known, rounded) needs no negative axis
            double min = lowest < 0 && -lowest < 1e-3 * Math.max(1, highest) ? 0 : lowest;
            double max = highest > 0 && highest < 1e-3 * Math.max(1, -lowest) ? 0 : highest;
            double span = max - min;
            if (span <= 0) {
                span = 1;
                max = min + 1;
            }
            double rough = span / 5;
            double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
            double normalised = rough / magnitude;
            double step = (normalised <= 1
                    ? 1
                    : normalised <= 2
                            ? 2
                            : normalised <= 2.5
                                    ? 2.5
                                    : normalised <= 5
                                            ? 5
                                            : 10)
                    * magnitude;
            double low = Math.floor(min / step + 1e-9) * step;
            double high = Math.ceil(max / step - 1e-9) * step;
            // room for the value labels above the highest and below the lowest bar
            if (high - max < 0.08 * (high - low) && max > 0) {
                high += step;
            }
            if (min - low < 0.08 * (high - low) && min < 0) {
                low -= step;
            }
            return new Axis(low, high, step);
        }

        List<Double> ticks() {
            int count = (int) Math.round((high - low) / step);
            return java.util.stream.IntStream.rangeClosed(0, count).mapToObj(i -> clean(low + i * step)).toList();
        }

        private static double clean(double value) {
            double rounded = BigDecimal.valueOf(value).setScale(9, RoundingMode.HALF_UP).doubleValue();
            return rounded == 0 ? 0 : rounded;
        }

        static String label(double tick, double step) {
            int decimals = Math.max(0, BigDecimal.valueOf(step).stripTrailingZeros().scale());
            return String.format(Locale.ROOT, "%." + decimals + "f", tick);
        }
    }
}
