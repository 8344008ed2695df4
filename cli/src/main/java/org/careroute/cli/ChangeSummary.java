package org.careroute.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.careroute.core.api.model.PlanChanges;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.VisitChange;
import org.careroute.core.api.model.VisitChange.Kind;

/** The short stderr summary of a re-planning: counts per kind, the changed visits with reasons, the notes. */
final class ChangeSummary {

    private static final int LISTED = 15;

    private ChangeSummary() {
    }

    static void print(PlanChanges changes, Problem problem, PrintWriter err) {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        changes.visits().forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        int published = changes.visits().size() - counts.getOrDefault(Kind.NEWLY_PLANNED, 0) - counts.getOrDefault(
                Kind.STILL_UNASSIGNED, 0);
        String at = changes.now() == null
                ? ""
                : " at " + (problem.timeFormat() == TimeFormat.NUMBER
                        ? Long.toString(changes.now().getEpochSecond())
                        : DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").format(changes.now().atZone(problem
                                .timeZone())));
        StringBuilder line = new StringBuilder("Re-planned" + at + ": " + changes.changedVisits() + " of "
                + published + " published visits changed (");
        String separator = "";
        for (Kind kind : Kind.values()) {
            int count = counts.getOrDefault(kind, 0);
            if (count > 0) {
                line.append(separator).append(count).append(' ').append(kind.id());
                separator = ", ";
            }
        }
        err.println(line.append(").").toString());
        List<VisitChange> listed = changes.visits().stream().filter(c -> c.kind().isChange() || c
                .kind() == Kind.NEWLY_PLANNED).toList();
        listed.stream().limit(LISTED).forEach(c -> err.println("  " + c.visitId() + " " + c.kind().id() + ": " + c
                .reason()));
        if (listed.size() > LISTED) {
            err.println("  ... and " + (listed.size() - LISTED) + " more (see 'changes' in the output).");
        }
        changes.notes().forEach(note -> err.println("  Note: " + note));
    }
}
