package org.careroute.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careroute.core.api.Planner;
import org.careroute.core.api.explain.Explanation;
import org.careroute.core.api.model.ShiftPlan;
import org.junit.jupiter.api.Test;

/** The report is one self-contained page showing every route, visit, unassigned reason and constraint. */
class HtmlReportTest {

    static final SolvedProblems.Solved SOLVED = SolvedProblems.solve(11, 30, 3);

    static String render(SolvedProblems.Solved solved) throws IOException {
        Explanation explanation = Planner.create().explain(solved.problem(), solved.plan());
        StringWriter out = new StringWriter();
        HtmlReport.write(solved.problem(), solved.plan(), explanation, RouteGeometry.STRAIGHT_LINES, Instant.parse(
                "2027-02-28T18:00:00Z"), out);
        return out.toString();
    }

    @Test
    void report_isSelfContained() throws IOException {
        String html = render(SOLVED);

        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("{{").doesNotContain("<script").doesNotContain(
                "<link").doesNotContain("src=").doesNotContain("url(");
    }

    @Test
    void report_drawsOneTimelineBlockPerPlannedVisitAndOneMapLinePerRoute() throws IOException {
        String html = render(SOLVED);

        assertThat(count(html, "<rect class=\"visit\"")).isEqualTo(SOLVED.plan().summary().assignedVisits());
        assertThat(count(html, "<polyline class=\"route\"")).isEqualTo(SOLVED.plan().summary().usedShifts());
        assertThat(count(html, "<circle class=\"out\"")).isEqualTo(SOLVED.plan().unassignedVisits().size());
        assertThat(html).contains("OpenStreetMap contributors");
        for (ShiftPlan route : SOLVED.plan().shifts()) {
            assertThat(html).contains(route.shiftId());
        }
    }

    @Test
    void report_listsKeyFiguresUnassignedReasonsAndConstraints() throws IOException {
        Explanation explanation = Planner.create().explain(SOLVED.problem(), SOLVED.plan());
        String html = render(SOLVED);

        int total = SOLVED.problem().visits().size();
        assertThat(html).contains(SOLVED.plan().summary().assignedVisits() + " / " + total).contains(
                "Unassigned visits (" + explanation.unassignedVisits().size() + ")").contains(explanation.score());
        explanation.unassignedVisits().forEach(u -> u.reasons().forEach(r -> assertThat(html).contains(escape(r
                .message()))));
        explanation.constraints().forEach(c -> assertThat(html).contains("<td>" + c.constraintId() + "</td>"));
    }

    @Test
    void shortName_dropsTheNoteAndCutsLongNames() {
        assertThat(HtmlReport.shortName("Karl Lindqvist (sjuksköterska, dag)")).isEqualTo("Karl Lindqvist");
        assertThat(HtmlReport.shortName("Anna")).isEqualTo("Anna");
        assertThat(HtmlReport.shortName("Maximiliane Alexandra von Wittelsbach")).hasSize(24).endsWith("…");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
