package org.careroute.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.careroute.core.api.Planner;
import org.careroute.core.api.explain.Explanation;
import org.careroute.core.api.model.ShiftPlan;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the report in a real browser (headless Chromium, installed by {@code .ci/run} when missing) and checks the
 * rendered DOM: the caregivers, the visit count and the unassigned visits' reasons are shown, and the browser logs
 * no errors. Skipped, with a note, on machines without Chromium.
 */
@Tag("slow")
class HtmlReportBrowserTest {

    @TempDir
    Path dir;

    @Test
    void report_rendersInChromiumWithCaregiversVisitsAndReasons() throws IOException, InterruptedException {
        Optional<String> chromium = chromium();
        assumeThat(chromium).as("Chromium is not installed (apt-get install chromium); .ci/run installs it")
                .isPresent();
        SolvedProblems.Solved solved = HtmlReportTest.SOLVED;
        Explanation explanation = Planner.create().explain(solved.problem(), solved.plan());
        Path report = dir.resolve("plan.html");
        Files.writeString(report, HtmlReportTest.render(solved), StandardCharsets.UTF_8);
        Path log = dir.resolve("chromium.log");

        Process process = new ProcessBuilder(chromium.get(), "--headless", "--no-sandbox", "--disable-gpu",
                "--enable-logging=stderr", "--v=0", "--user-data-dir=" + dir.resolve("profile"), "--dump-dom", report
                        .toUri().toString())
                .redirectError(log.toFile()).start();
        byte[] dom = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        String rendered = new String(dom, StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
        assertThat(rendered).contains("Key figures").contains(solved.plan().summary().assignedVisits() + " / "
                + solved.problem().visits().size());
        for (ShiftPlan route : solved.plan().shifts()) {
            if (!route.visits().isEmpty()) {
                String name = solved.problem().caregivers().stream().filter(c -> c.id().equals(route.caregiverId()))
                        .findFirst().orElseThrow().name();
                assertThat(rendered).contains(HtmlReport.shortName(name));
            }
        }
        assertThat(explanation.unassignedVisits()).isNotEmpty();
        explanation.unassignedVisits().forEach(u -> u.reasons().forEach(r -> assertThat(rendered).contains(
                HtmlReportTest.escape(r.message()).replace("&quot;", "\"").replace("&#39;", "'"))));
        List<String> errors = Files.readAllLines(log).stream().filter(line -> line.contains("CONSOLE") || line
                .contains("Uncaught")).toList();
        assertThat(errors).isEmpty();
    }

    private static Optional<String> chromium() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of("chromium", "chromium-browser", "google-chrome").flatMap(name -> Stream.of(path.split(
                File.pathSeparator)).map(d -> Path.of(d, name))).filter(Files::isExecutable).map(Path::toString)
                .findFirst();
    }
}
