package org.careroute.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import net.fortuna.ical4j.model.Calendar;

import org.careroute.core.api.Planner;
import org.careroute.core.api.explain.Explanation;
import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.reports.CalendarExport;
import org.careroute.reports.GeoJsonExport;
import org.careroute.reports.HtmlReport;
import org.careroute.reports.RouteGeometry;
import org.careroute.reports.ScheduleCsv;

/**
 * Writes the plan's outputs for people and other tools (HTML report, GeoJSON, CSV, iCalendar), each atomically. A
 * plan that names visits or shifts its problem lacks becomes a message naming the file, not a crash.
 */
final class Outputs {

    private Outputs() {
    }

    static void writeReport(Planner planner, Problem problem, Plan plan, Path target) {
        writeReport(planner, RouteGeometry.STRAIGHT_LINES, problem, plan, target);
    }

    /** The report with drives drawn by {@code geometry} (e.g. along the roads, see {@link RoadTravel#geometry()}). */
    static void writeReport(Planner planner, RouteGeometry geometry, Problem problem, Plan plan, Path target) {
        Explanation explanation = planner.explain(problem, plan);
        write(target, "the report", writer -> HtmlReport.write(problem, plan, explanation, geometry, Instant.now(),
                writer));
    }

    static void writeGeoJson(Problem problem, Plan plan, Path target) {
        writeGeoJson(problem, plan, RouteGeometry.STRAIGHT_LINES, target);
    }

    /** The GeoJSON with drives drawn by {@code geometry}. */
    static void writeGeoJson(Problem problem, Plan plan, RouteGeometry geometry, Path target) {
        write(target, "the GeoJSON", writer -> GeoJsonExport.write(problem, plan, geometry, writer));
    }

    static void writeCsv(Problem problem, Plan plan, Path target) {
        write(target, "the CSV", writer -> ScheduleCsv.write(problem, plan, writer));
    }

    /** Writes one {@code CAREGIVER.ics} per caregiver with planned visits; returns how many files. */
    static int writeCalendars(Problem problem, Plan plan, Path solution, Path directory) {
        Map<String, Calendar> calendars;
        try {
            calendars = CalendarExport.calendars(problem, plan, Instant.now());
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(solution + ": " + e.getMessage());
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new CommandFailure(directory + ": cannot create the iCalendar directory (" + ErrorHandling.describe(
                    e) + "); choose another --ics directory.");
        }
        Set<String> names = new HashSet<>();
        for (Map.Entry<String, Calendar> entry : calendars.entrySet()) {
            String name = fileName(entry.getKey(), names);
            Path file = directory.resolve(name + ".ics");
            write(file, "the calendar of " + entry.getKey(), writer -> CalendarExport.write(entry
                    .getValue(), writer));
        }
        return calendars.size();
    }

    /** A caregiver id as a safe, unique file name. */
    static String fileName(String id, Set<String> taken) {
        String base = id.replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.isEmpty() || base.startsWith(".")) {
            base = "caregiver" + base;
        }
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    /** Writes a problem as careroute JSON, atomically; a failure names the file and writes nothing. */
    static void writeProblem(Problem problem, Path target) {
        write(target, "the problem", writer -> CarerouteJson.writeProblem(problem, writer));
    }

    /** Writes a plan as careroute JSON, atomically; a failure names the file and writes nothing. */
    static void writePlan(Problem problem, Plan plan, Path target) {
        write(target, "the plan", writer -> CarerouteJson.writePlan(plan, problem, writer));
    }

    /** Writes {@code content} atomically; a failure names the file and {@code what}, and writes nothing. */
    static void write(Path target, String what, AtomicFile.Content content) {
        try {
            AtomicFile.write(target, content);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(target + ": " + e.getMessage() + " Nothing was written.");
        } catch (IOException e) {
            throw new CommandFailure(target + ": cannot write " + what + " (" + ErrorHandling.describe(e)
                    + "); nothing was written.");
        }
    }
}
