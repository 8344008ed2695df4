package org.careroute.reports;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.careroute.core.api.ScoreLevel;
import org.careroute.core.api.explain.ConstraintBreakdown;
import org.careroute.core.api.explain.Explanation;
import org.careroute.core.api.explain.UnassignedExplanation;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.EuclideanTravel;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.Visit;

/**
 * The plan report: one self-contained HTML file (inline CSS and SVG, no scripts, no network) that a coordinator can
 * read on a laptop and print. Key figures, a timeline per caregiver and day (drives, waiting, visits, overtime), a
 * map of the routes, the unassigned visits with their reasons and the score per constraint. Rendered with a
 * Mustache template ({@code plan-report.mustache}); this class only computes the numbers and shapes it shows.
 */
public final class HtmlReport {

    private static final Mustache TEMPLATE = new DefaultMustacheFactory("org/careroute/reports").compile(
            "plan-report.mustache");
    /** Width of the timeline's drawing area in SVG units. */
    private static final double GANTT_WIDTH = 1000;
    private static final double ROW_HEIGHT = 30;
    private static final double LABEL_WIDTH = 170;

    private HtmlReport() {
    }

    /**
     * @param geometry
     *            the shape of each drive on the map ({@link RouteGeometry#STRAIGHT_LINES} without road routing)
     * @param generated
     *            when the report is made (shown in its footer)
     */
    public static void write(Problem problem, Plan plan, Explanation explanation, RouteGeometry geometry,
            Instant generated, Writer out) throws IOException {
        Map<String, Object> model = model(problem, plan, explanation, geometry, generated);
        TEMPLATE.execute(out, model).flush();
    }

    static Map<String, Object> model(Problem problem, Plan plan, Explanation explanation, RouteGeometry geometry,
            Instant generated) {
        PlanView view = new PlanView(problem, plan);
        Map<String, String> colors = new HashMap<>();
        int index = 0;
        for (ShiftPlan route : plan.shifts()) {
            if (!route.visits().isEmpty()) {
                colors.put(route.shiftId(), Palette.color(index++));
            }
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", problem.name());
        model.put("score", explanation.score());
        model.put("feasible", explanation.feasible());
        model.put("kpis", kpis(view, explanation));
        model.put("days", days(view, colors));
        Object map = ReportMap.build(view, colors, geometry);
        model.put("map", map);
        model.put("hasMap", map != null);
        model.put("unassigned", unassigned(explanation));
        model.put("hasUnassigned", !explanation.unassignedVisits().isEmpty());
        model.put("unassignedCount", explanation.unassignedVisits().size());
        model.put("constraints", constraints(explanation));
        model.put("planProblems", explanation.planProblems());
        model.put("hasPlanProblems", !explanation.planProblems().isEmpty());
        model.put("routes", routeTables(view, colors));
        model.put("generated", view.numericTimes() ? generated.toString() : view.time(generated));
        model.put("units", units(problem));
        return model;
    }

    private static String units(Problem problem) {
        return numericUnits(problem)
                ? "Times, durations and distances are in the problem's own units."
                : "Times in " + problem.timeZone().getId() + ".";
    }

    private static boolean numericUnits(Problem problem) {
        return problem.travel() instanceof EuclideanTravel
                || problem.timeFormat() == org.careroute.core.api.model.TimeFormat.NUMBER;
    }

    record Kpi(String label, String value, String detail, boolean alert) {
    }

    private static List<Kpi> kpis(PlanView view, Explanation explanation) {
        Plan plan = view.plan();
        boolean numeric = numericUnits(view.problem());
        int total = view.problem().visits().size();
        int served = plan.summary().assignedVisits();
        long mandatoryOut = explanation.unassignedVisits().stream().filter(UnassignedExplanation::mandatory).count();
        long overtime = 0;
        int overtimeShifts = 0;
        for (ShiftPlan route : plan.shifts()) {
            long over = route.visits().isEmpty()
                    ? 0
                    : route.returnTime().getEpochSecond() - view.shift(route.shiftId()).end().getEpochSecond();
            if (over > 0) {
                overtime += over;
                overtimeShifts++;
            }
        }
        List<Kpi> kpis = new ArrayList<>();
        kpis.add(new Kpi("Visits served", served + " / " + total, (total - served) + " unassigned"
                + (mandatoryOut > 0 ? ", " + mandatoryOut + " of them mandatory" : ""), mandatoryOut > 0));
        kpis.add(new Kpi("Travel time", duration(plan.summary().totalTravelSeconds(), numeric), plan.summary()
                .usedShifts() + " shifts used", false));
        kpis.add(new Kpi("Distance", distance(plan.summary().totalDistanceMeters(), numeric), "incl. the drives"
                + " back", false));
        kpis.add(new Kpi("Waiting", duration(plan.summary().totalWaitingSeconds(), numeric), "before time windows"
                + " open", false));
        kpis.add(new Kpi("Overtime", duration(overtime, numeric), overtimeShifts + " shift" + (overtimeShifts == 1
                ? ""
                : "s") + " end late", overtime > 0));
        kpis.add(continuity(view));
        kpis.add(new Kpi("Score", explanation.score(), explanation.feasible()
                ? "feasible: no hard rule broken"
                : "INFEASIBLE: hard rules broken", !explanation.feasible()));
        return kpis;
    }

    /** Clients with two or more planned visits who see a single caregiver over the plan, and distinct caregivers. */
    private static Kpi continuity(PlanView view) {
        Plan plan = view.plan();
        Map<String, Set<String>> caregiversByClient = new HashMap<>();
        Map<String, Integer> visitsByClient = new HashMap<>();
        for (ShiftPlan route : plan.shifts()) {
            for (PlannedVisit planned : route.visits()) {
                String client = view.visit(planned.visitId()).clientId();
                caregiversByClient.computeIfAbsent(client, c -> new HashSet<>()).add(route.caregiverId());
                visitsByClient.merge(client, 1, Integer::sum);
            }
        }
        int multi = 0;
        int single = 0;
        int distinct = 0;
        int most = 0;
        for (Map.Entry<String, Integer> entry : visitsByClient.entrySet()) {
            if (entry.getValue() >= 2) {
                multi++;
                int seen = caregiversByClient.get(entry.getKey()).size();
                distinct += seen;
                most = Math.max(most, seen);
                if (seen == 1) {
                    single++;
                }
            }
        }
        return multi == 0
                ? new Kpi("Continuity", "–", "no client has two planned visits", false)
                : new Kpi("Continuity", Math.round(100.0 * single / multi) + " %", single + " of " + multi
                        + " clients with several visits see one caregiver; " + String.format(java.util.Locale.ROOT,
                                "%.1f", (double) distinct / multi)
                        + " caregivers per client on average, at most "
                        + most, false);
    }

    record Tick(String x, String label) {
    }

    record Bar(String x, String width, String css, String color, String label, String title) {
    }

    record GanttRow(String caregiver, String fullName, String shiftId, String y, String textY, String shiftX,
            String shiftWidth,
            List<Bar> bars, String summary) {
    }

    record Day(String label, String height, String width, List<Tick> ticks, List<GanttRow> rows, String axisY) {
    }

    private static List<Day> days(PlanView view, Map<String, String> colors) {
        Map<LocalDate, List<ShiftPlan>> byDay = new LinkedHashMap<>();
        List<ShiftPlan> sorted = view.plan().shifts().stream().sorted((a, b) -> view.shift(a.shiftId()).start()
                .compareTo(view.shift(b.shiftId()).start())).toList();
        for (ShiftPlan route : sorted) {
            LocalDate day = view.numericTimes()
                    ? LocalDate.EPOCH
                    : view.zoned(view.shift(route.shiftId()).start()).toLocalDate();
            byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(route);
        }
        List<Day> days = new ArrayList<>();
        byDay.forEach((day, routes) -> days.add(day(view, colors, day, routes)));
        return days;
    }

    private static Day day(PlanView view, Map<String, String> colors, LocalDate date, List<ShiftPlan> routes) {
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (ShiftPlan route : routes) {
            Shift shift = view.shift(route.shiftId());
            from = Math.min(from, shift.start().getEpochSecond());
            to = Math.max(to, Math.max(shift.end().getEpochSecond(), route.returnTime().getEpochSecond()));
        }
        long step = tickStep(to - from, view.numericTimes());
        from = Math.floorDiv(from, step) * step;
        to = Math.max(from + step, -Math.floorDiv(-to, step) * step);
        Scale scale = new Scale(from, to);
        List<Tick> ticks = new ArrayList<>();
        for (long t = from; t <= to; t += step) {
            ticks.add(new Tick(num(LABEL_WIDTH + scale.x(t)), view.clock(Instant.ofEpochSecond(t))));
        }
        List<GanttRow> rows = new ArrayList<>();
        double y = 24;
        for (ShiftPlan route : routes) {
            rows.add(row(view, colors, route, scale, y));
            y += ROW_HEIGHT;
        }
        String label = view.numericTimes() ? "Timeline" : "Timeline " + date;
        return new Day(label, num(y + 8), num(LABEL_WIDTH + GANTT_WIDTH + 24), ticks, rows, num(y));
    }

    private static long tickStep(long span, boolean numeric) {
        if (!numeric) {
            return span <= 16 * 3600 ? 3600 : span <= 48 * 3600 ? 4 * 3600 : 24 * 3600;
        }
        long magnitude = 1;
        while (true) {
            for (long factor : new long[]{1, 2, 5}) {
                if (span / (magnitude * factor) <= 12) {
                    return magnitude * factor;
                }
            }
            magnitude *= 10;
        }
    }

    private record Scale(long from, long to) {

        double x(long time) {
            return (time - from) * GANTT_WIDTH / (double) (to - from);
        }

        double width(long fromTime, long toTime) {
            return Math.max(0, x(toTime) - x(fromTime));
        }
    }

    private static GanttRow row(PlanView view, Map<String, String> colors, ShiftPlan route, Scale scale, double y) {
        Shift shift = view.shift(route.shiftId());
        Caregiver caregiver = view.caregiverOfShift(route.shiftId());
        boolean numeric = numericUnits(view.problem());
        String color = colors.getOrDefault(route.shiftId(), "#999999");
        List<Bar> bars = new ArrayList<>();
        long time = route.departure().getEpochSecond();
        for (PlannedVisit planned : route.visits()) {
            long arrival = planned.arrival().getEpochSecond();
            long start = planned.start().getEpochSecond();
            long end = planned.end().getEpochSecond();
            Visit visit = view.visit(planned.visitId());
            bars.add(bar(scale, time, arrival, "travel", color, "", "Drive to " + visit.id() + ": " + duration(
                    arrival - time, numeric)));
            if (start > arrival) {
                bars.add(bar(scale, arrival, start, "wait", color, "", "Wait " + duration(start - arrival, numeric)
                        + " at " + visit.id()));
            }
            bars.add(bar(scale, start, end, "visit", color, visit.id(), visit.id() + (visit.name().equals(visit.id())
                    ? ""
                    : " – " + visit.name()) + ", " + view.clock(planned.start()) + "–" + view.clock(planned.end())));
            time = end;
        }
        long back = route.returnTime().getEpochSecond();
        if (!route.visits().isEmpty() && back > time) {
            bars.add(bar(scale, time, back, "travel", color, "", "Drive back: " + duration(back - time, numeric)));
        }
        long shiftEnd = shift.end().getEpochSecond();
        if (!route.visits().isEmpty() && back > shiftEnd) {
            bars.add(bar(scale, shiftEnd, back, "overtime", color, "", "Overtime: " + duration(back - shiftEnd,
                    numeric)));
        }
        String summary = route.visits().isEmpty()
                ? "not used"
                : route.visits().size() + " visits, " + duration(route.travelSeconds(), numeric) + " driving";
        return new GanttRow(shortName(caregiver.name()), caregiver.name(), shift.id(), num(y),
                num(y + ROW_HEIGHT / 2 + 4), num(LABEL_WIDTH + scale
                        .x(shift.start().getEpochSecond())),
                num(scale.width(shift.start().getEpochSecond(), shiftEnd)), bars,
                summary);
    }

    /** A caregiver's name as it fits the timeline's label column: without a parenthesised note, at most 24 chars. */
    static String shortName(String name) {
        int note = name.indexOf(" (");
        String shown = note > 0 ? name.substring(0, note) : name;
        return shown.length() <= 24 ? shown : shown.substring(0, 23) + "…";
    }

    private static Bar bar(Scale scale, long from, long to, String css, String color, String label, String title) {
        double width = scale.width(from, to);
        String shown = !label.isEmpty() && width >= 6.5 * label.length() + 4 ? label : null;
        return new Bar(num(LABEL_WIDTH + scale.x(from)), num(width), css, color, shown, title);
    }

    record Reason(String kind, String message) {
    }

    record Unassigned(String visit, boolean mandatory, List<Reason> reasons) {
    }

    private static List<Unassigned> unassigned(Explanation explanation) {
        return explanation.unassignedVisits().stream().map(u -> new Unassigned(ExplanationText.visitLabel(u), u
                .mandatory(),
                u.reasons().stream().map(r -> new Reason(ExplanationText.kindText(r.kind()), r
                        .message())).toList()))
                .toList();
    }

    record ConstraintRow(String id, String level, String weight, String amount, String penalty, String matches,
            String unit, boolean alert, boolean off) {
    }

    private static List<ConstraintRow> constraints(Explanation explanation) {
        List<ConstraintRow> rows = new ArrayList<>();
        for (ConstraintBreakdown c : explanation.constraints()) {
            String level = c.level().name().toLowerCase(Locale.ROOT);
            rows.add(new ConstraintRow(c.constraintId(), level, Long.toString(c.weight()), Long.toString(c
                    .totalAmount()), c.totalPenalty() == 0 ? "0" : "-" + c.totalPenalty() + " " + level, Integer
                            .toString(c.matches().size()),
                    c.constraint().unit(), c.level() == ScoreLevel.HARD && c
                            .totalPenalty() > 0,
                    c.weight() == 0));
        }
        return rows;
    }

    record Stop(String position, String visit, String arrival, String start, String end, String waiting,
            String drive) {
    }

    record RouteTable(String caregiver, String shiftId, String color, String departure, String returnTime,
            List<Stop> stops, String totals) {
    }

    private static List<RouteTable> routeTables(PlanView view, Map<String, String> colors) {
        boolean numeric = numericUnits(view.problem());
        List<RouteTable> tables = new ArrayList<>();
        for (ShiftPlan route : view.plan().shifts()) {
            if (route.visits().isEmpty()) {
                continue;
            }
            List<Stop> stops = new ArrayList<>();
            for (int i = 0; i < route.visits().size(); i++) {
                PlannedVisit p = route.visits().get(i);
                Visit visit = view.visit(p.visitId());
                stops.add(new Stop(Integer.toString(i + 1), visit.name().equals(visit.id())
                        ? visit.id()
                        : visit.id() + " – " + visit.name(), view.clock(p.arrival()), view.clock(p.start()),
                        view
                                .clock(p.end()),
                        p.waitingSeconds() == 0 ? "" : duration(p.waitingSeconds(), numeric),
                        duration(p.travelFromPrevious().seconds(), numeric) + " / " + distance(p.travelFromPrevious()
                                .meters(), numeric)));
            }
            tables.add(new RouteTable(view.caregiverOfShift(route.shiftId()).name(), route.shiftId(), colors.get(
                    route.shiftId()), view.clock(route.departure()), view.clock(route.returnTime()), stops,
                    duration(
                            route.travelSeconds(), numeric) + " driving, "
                            + distance(route.distanceMeters(),
                                    numeric)));
        }
        return tables;
    }

    static String duration(long seconds, boolean numeric) {
        if (numeric) {
            return Long.toString(seconds);
        }
        long minutes = Math.round(seconds / 60.0);
        return minutes < 60
                ? minutes + " min"
                : String.format(Locale.ROOT, "%d h %02d min", minutes / 60, minutes
                        % 60);
    }

    static String distance(long meters, boolean numeric) {
        if (numeric) {
            return Long.toString(meters);
        }
        return meters < 1000 ? meters + " m" : String.format(Locale.ROOT, "%.1f km", meters / 1000.0);
    }

    static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
