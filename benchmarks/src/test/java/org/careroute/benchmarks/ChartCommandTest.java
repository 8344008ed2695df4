package org.careroute.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartCommandTest {

    @TempDir
    Path dir;

    /** One bar of the SVG: its category, series, value attribute and geometry. */
    private record Bar(String category, String series, double value, double y, double height) {
    }

    private static ResultRow vrptw(String instance, String instanceClass, String solver, double gap,
            boolean feasible) {
        return new ResultRow(instance, instanceClass, solver, 10, 10, 1000 * (1 + gap / 100), 1000, 1000, feasible
                ? gap
                : Double.NaN, feasible, feasible ? 0 : 3, -1, -1, Double.NaN, 10.2);
    }

    private Path write(String name, String header, List<String> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(header);
        lines.addAll(rows);
        return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }

    /** Parses the SVG as XML (failing on anything not well-formed) and returns its bars, keyed "category|series". */
    private static Map<String, Bar> bars(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(svg.toFile());
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        NodeList rects = document.getElementsByTagName("rect");
        Map<String, Bar> bars = new LinkedHashMap<>();
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (rect.getAttribute("class").equals("bar")) {
                String category = rect.getAttribute("data-category").split("\n")[0];
                Bar bar = new Bar(category, rect.getAttribute("data-series"), Double.parseDouble(rect.getAttribute(
                        "data-value")), Double.parseDouble(rect.getAttribute("y")), Double.parseDouble(
                                rect
                                        .getAttribute("height")));
                assertThat(bars.put(category + "|" + bar.series(), bar)).as("one bar per category and series")
                        .isNull();
            }
        }
        return bars;
    }

    private static String svgText(Path svg) throws IOException {
        return Files.readString(svg, StandardCharsets.UTF_8);
    }

    @Test
    void vrptw_oneBarPerClassAndSolver_heightsProportionalToTheMeanGapOfTheFeasiblePlans() throws Exception {
        Path csv = write("solomon.csv", ResultRow.HEADER, List.of(
                vrptw("C101", "C1", "careroute", 1.0, true).toCsv(),
                vrptw("C101", "C1", "jsprit", 4.0, true).toCsv(),
                vrptw("C102", "C1", "careroute", 3.0, true).toCsv(),
                vrptw("C102", "C1", "jsprit", 0, false).toCsv(),
                vrptw("R101", "R1", "careroute", -0.5, true).toCsv(),
                vrptw("R101", "R1", "jsprit", 6.0, true).toCsv()));
        Path svg = dir.resolve("solomon.svg");

        BenchCli result = BenchCli.run("chart", csv.toString(), "--out", svg.toString(), "--note",
                "2 vCPU AMD EPYC & JDK 25");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Chart: " + svg + " (3 groups, 6 bars)");
        Map<String, Bar> bars = bars(svg);
        Map<String, Double> expected = new LinkedHashMap<>();
        expected.put("C1|careroute", 2.0);
        expected.put("C1|jsprit", 4.0); // the infeasible C102 plan is not in the mean
        expected.put("R1|careroute", -0.5);
        expected.put("R1|jsprit", 6.0);
        expected.put("all|careroute", 3.5 / 3);
        expected.put("all|jsprit", 5.0);
        assertThat(bars.keySet()).containsExactlyElementsOf(expected.keySet());
        double pixelsPerPercent = bars.get("R1|jsprit").height() / 6.0;
        assertThat(pixelsPerPercent).isPositive();
        double zeroY = bars.get("R1|jsprit").y() + bars.get("R1|jsprit").height();
        expected.forEach((key, mean) -> {
            Bar bar = bars.get(key);
            assertThat(bar.value()).as(key).isCloseTo(mean, within(0.005));
            assertThat(bar.height()).as(key).isCloseTo(Math.abs(mean) * pixelsPerPercent, within(0.01));
            // positive gaps rise from the zero line, negative ones hang below it
            assertThat(mean > 0 ? bar.y() + bar.height() : bar.y()).as(key).isCloseTo(zeroY, within(0.01));
        });
        String text = svgText(svg);
        assertThat(text).contains("careroute (3/3 feasible)", "jsprit (2/3 feasible)", "instance class",
                "mean gap to the best known distance (%)", "10 s per instance and solver",
                "2 vCPU AMD EPYC &amp; JDK 25", "2.00 %");
    }

    @Test
    void hhc_groupsByInstanceLetters_barsAgainstTheBestAndTheSimulatedAnnealingSolutions() throws Exception {
        List<String> unsupported = List.of("workload balance, absolute", "idle time");
        Path csv = write("hhc.csv", HhcResultRow.HEADER, List.of(
                new HhcResultRow("A1", "bazirha", 30, 521, true, 0, 0, Double.NaN, "", Double.NaN, Double.NaN,
                        "0hard/0soft", List.of(), 30.5, "").toCsv(),
                new HhcResultRow("D1", "bazirha", 30, 760, true, 0, 0, 800, "cp-sat", -5.0, 760, "0hard/-1soft",
                        unsupported, 30.5, "").toCsv(),
                new HhcResultRow("D3", "bazirha", 30, 700, true, 0, 0, 700, "simulated-annealing", 0.0, 700,
                        "0hard/-1soft", List.of(), 30.5, "").toCsv(),
                new HhcResultRow("J1", "bazirha-caie", 30, 110, true, 0, 0, 100, "simulated-annealing", 10.0, 100,
                        "0hard/-1soft", List.of(), 30.5, "").toCsv(),
                new HhcResultRow("J2", "bazirha-caie", 30, 999, false, 2, 1, 100, "simulated-annealing", Double.NaN,
                        100, "-1hard/-1soft", List.of(), 30.5, "visit, \"late\"").toCsv()));
        Path svg = dir.resolve("hhc.svg");

        BenchCli result = BenchCli.run("chart", csv.toString(), "--out", svg.toString(), "--title", "UHHC <30 s>");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        Map<String, Bar> bars = bars(svg);
        assertThat(bars.keySet()).containsExactly("D|best", "D|sa", "J|best", "J|sa");
        assertThat(bars.get("D|best").value()).isCloseTo(-2.5, within(0.005));
        assertThat(bars.get("D|sa").value()).isCloseTo(0.0, within(0.005));
        assertThat(bars.get("D|sa").height()).isZero();
        assertThat(bars.get("J|best").value()).isCloseTo(10.0, within(0.005)); // the invalid J2 is not in the mean
        assertThat(bars.get("J|sa").height()).isCloseTo(bars.get("D|best").height() * 4, within(0.01));
        assertThat(svgText(svg)).contains("UHHC &lt;30 s&gt;", "Not shown (no reference or no valid plan):"
                + " A.", "5 instances (4 valid)");
    }

    @Test
    void scale_oneBarPerSizeAndMode_noneWhereNoPlanWithoutHardViolationsCame() throws Exception {
        Path csv = write("scale.csv", ScaleBenchCommand.HEADER, List.of(
                "varmland,100,27,single,60,6.0,2.0,0hard/0medium/-9soft,0,0,-9,100,0,133,21794,9000,61.0,,,,,,",
                "varmland,100,27,partitioned,60,60.5,,0hard/0medium/-8soft,0,0,-8,100,0,135,,,60.5,,,,,,",
                "varmland,1000,64,single,60,,,-3600hard/-1medium/-9soft,-3600,-1,-9,958,42,50,1435,900,61.0,,,,,,",
                "varmland,1000,64,partitioned,60,,,-7200hard/-1medium/-9soft,-7200,-1,-9,950,50,146,,,60.2,,,,,,"));
        Path svg = dir.resolve("scale.svg");

        BenchCli result = BenchCli.run("chart", csv.toString(), "--out", svg.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        Map<String, Bar> bars = bars(svg);
        assertThat(bars.keySet()).containsExactly("100 visits|single", "100 visits|partitioned");
        // the complete plan at 2.0 s had no hard violations either: the earlier column counts
        assertThat(bars.get("100 visits|single").value()).isCloseTo(2.0, within(0.005));
        assertThat(bars.get("100 visits|partitioned").height()).isCloseTo(bars.get("100 visits|single").height()
                * 60.5 / 2.0, within(0.01));
        String text = svgText(svg);
        assertThat(text).contains("1\u2009000 visits", "64 caregivers", "class=\"missing\"", ">none</text>",
                "Time to the first plan without hard violations, by size", "1 min per size");
    }

    @Test
    void badCsv_exitsTwoNamingTheFileAndLine_andWritesNothing() throws IOException {
        Path svg = dir.resolve("chart.svg");
        Path ragged = write("ragged.csv", ResultRow.HEADER, List.of(vrptw("C101", "C1", "careroute", 1, true)
                .toCsv(), "C102,C1,careroute,10"));
        Path notANumber = write("nan.csv", ResultRow.HEADER, List.of(vrptw("C101", "C1", "careroute", 1, true)
                .toCsv().replace(",1.00,true,", ",one,true,")));
        Path unknown = write("other.csv", "name,value", List.of("a,1"));
        Path prose = write("notes.md", "# Results", List.of("Solomon, 10 s, all feasible."));
        Path empty = write("empty.csv", ResultRow.HEADER, List.of());
        Path infeasible = write("infeasible.csv", ResultRow.HEADER, List.of(vrptw("C101", "C1", "careroute", 0,
                false).toCsv()));
        Path unclosed = write("quote.csv", HhcResultRow.HEADER, List.of("\"A1,bazirha"));

        Map<Path, String> expected = new LinkedHashMap<>();
        expected.put(ragged, ragged + ": line 3: 4 cells where the header has 15.");
        expected.put(notANumber, notANumber + ": line 2: column gap_pct: 'one' is not a number.");
        expected.put(unknown, unknown + ": not a results CSV of bench vrptw, hhc or scale");
        expected.put(prose, prose + ": not a results CSV of bench vrptw, hhc or scale");
        expected.put(empty, empty + ": a header but no result rows; nothing to chart.");
        expected.put(infeasible, infeasible + ": no row has a value to chart");
        expected.put(unclosed, unclosed + ": line 2: a quoted cell is not closed.");
        expected.put(dir.resolve("missing.csv"), dir.resolve("missing.csv") + ": no such file");
        expected.forEach((csv, message) -> {
            BenchCli result = BenchCli.run("chart", csv.toString(), "--out", svg.toString());

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
            assertThat(result.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(svg).doesNotExist();
        });
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.contains(".chart-"));
        }
    }

    @Test
    void severalCsvsOfOneKind_areChartedTogether_differentKindsAreRefused() throws Exception {
        Path solomon = write("solomon.csv", ResultRow.HEADER, List.of(vrptw("C101", "C1", "careroute", 1.0, true)
                .toCsv()));
        Path homberger = write("gh.csv", ResultRow.HEADER, List.of(vrptw("c1_2_1", "C1", "careroute", 3.0, true)
                .toCsv(), vrptw("r1_2_1", "R1", "careroute", 5.0, true).toCsv()));
        Path scale = write("scale.csv", ScaleBenchCommand.HEADER, List.of(
                "varmland,100,27,single,60,2.0,2.0,0hard/0medium/-9soft,0,0,-9,100,0,133,21794,9000,61.0,,,,,,"));
        Path svg = dir.resolve("both.svg");

        BenchCli both = BenchCli.run("chart", solomon.toString(), homberger.toString(), "--out", svg.toString());
        BenchCli mixed = BenchCli.run("chart", solomon.toString(), scale.toString(), "--out", dir.resolve("mixed.svg")
                .toString());

        assertThat(both.exitCode()).as(both.toString()).isZero();
        Map<String, Bar> bars = bars(svg);
        assertThat(bars.keySet()).containsExactly("C1|careroute", "R1|careroute", "all|careroute");
        assertThat(bars.get("C1|careroute").value()).isCloseTo(2.0, within(0.005));
        assertThat(svgText(svg)).contains("solomon.csv, gh.csv: 3 instances");
        assertThat(mixed.exitCode()).isEqualTo(2);
        assertThat(mixed.err()).contains(scale + ": its header differs from the one of " + solomon);
        assertThat(dir.resolve("mixed.svg")).doesNotExist();
    }

    @Test
    void missingOutputDirectory_exitsTwo() throws IOException {
        Path csv = write("r.csv", ResultRow.HEADER, List.of(vrptw("C101", "C1", "careroute", 1, true).toCsv()));

        BenchCli result = BenchCli.run("chart", csv.toString(), "--out", dir.resolve("nope/chart.svg").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("nope/chart.svg: cannot write the chart there");
    }

    @Test
    void group_ofUhhcInstances() {
        assertThat(ChartCommand.group("D3", "bazirha")).isEqualTo("D");
        assertThat(ChartCommand.group("N1001", "bazirha-caie")).isEqualTo("N");
        assertThat(ChartCommand.group("InstanzCPLEX_HCSRP_25_1", "mankowska")).isEqualTo("25\u00a0patients");
        assertThat(ChartCommand.group("instance-003", "generated-small")).isEqualTo("generated-small");
    }

    @Test
    void wrap_breaksLongSubtitleLinesAtSpaces() {
        assertThat(BarChart.wrap(List.of("aaa bbb ccc", "dd"), 7)).containsExactly("aaa bbb", "ccc", "dd");
        assertThat(BarChart.wrap(List.of("averyveryverylongword x"), 5)).containsExactly("averyveryverylongword", "x");
    }

    @Test
    void axis_coversZeroAndEveryValue_inRoundSteps() {
        BarChart.Axis axis = BarChart.Axis.of(-0.5, 6.0);

        assertThat(axis.low()).isLessThanOrEqualTo(-0.5);
        assertThat(axis.high()).isGreaterThan(6.0);
        assertThat(axis.ticks()).contains(0.0);
        assertThat(axis.step()).isIn(1.0, 2.0, 2.5);
        assertThat(BarChart.Axis.of(0, 0).high()).isPositive();
        assertThat(BarChart.Axis.of(-0.00001, 3).low()).isZero();
        assertThat(BarChart.Axis.of(0, 3.9).high()).isGreaterThan(3.9);
    }
}
