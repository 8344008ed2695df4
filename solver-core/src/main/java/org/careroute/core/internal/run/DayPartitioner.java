package org.careroute.core.internal.run;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.careroute.core.api.Partition;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.Visit;

/**
 * Splits a problem by day, in the problem's time zone: a shift belongs to the day it starts, a visit to the day of
 * the shifts its windows (or pinned start) overlap most (a visit without windows to the first day). Days whose visits
 * are linked by a dependency form one partition, named by its days joined with {@code +}. A caregiver appears in
 * every day she works, with that day's shifts; a caregiver a visit is pinned to is kept even on a day she does not
 * work, so that the pin stays valid (the visit is then left out with its reason).
 */
final class DayPartitioner {

    private DayPartitioner() {
    }

    static List<Partition> partition(Problem problem) {
        ZoneId zone = problem.timeZone();
        Map<String, LocalDate> visitDay = new HashMap<>();
        TreeSet<LocalDate> days = new TreeSet<>();
        for (Caregiver caregiver : problem.caregivers()) {
            caregiver.shifts().forEach(s -> days.add(day(s.start(), zone)));
        }
        LocalDate first = days.isEmpty() ? LocalDate.EPOCH : days.first();
        List<Shift> allShifts = problem.caregivers().stream().flatMap(c -> c.shifts().stream()).toList();
        for (Visit visit : problem.visits()) {
            LocalDate day = dayOf(visit, allShifts, zone, first);
            visitDay.put(visit.id(), day);
            days.add(day);
        }
        // days joined by dependencies: every day maps to the first day of its group
        Map<LocalDate, LocalDate> groupOf = new HashMap<>();
        days.forEach(d -> groupOf.put(d, d));
        for (Visit visit : problem.visits()) {
            for (var dependency : visit.links().dependencies()) {
                LocalDate other = visitDay.get(dependency.visitId());
                if (other != null) {
                    join(groupOf, visitDay.get(visit.id()), other);
                }
            }
        }
        Map<LocalDate, Set<LocalDate>> groups = new TreeMap<>();
        for (LocalDate day : days) {
            groups.computeIfAbsent(find(groupOf, day), k -> new TreeSet<>()).add(day);
        }
        List<Partition> partitions = new ArrayList<>();
        for (Set<LocalDate> group : groups.values()) {
            List<String> visitIds = new ArrayList<>();
            Set<String> pinned = new LinkedHashSet<>();
            for (Visit visit : problem.visits()) {
                if (group.contains(visitDay.get(visit.id()))) {
                    visitIds.add(visit.id());
                    pinned.add(visit.links().pinnedCaregiverId());
                    visit.links().parts().forEach(p -> pinned.add(p.pinnedCaregiverId()));
                }
            }
            List<String> caregiverIds = new ArrayList<>();
            List<String> shiftIds = new ArrayList<>();
            for (Caregiver caregiver : problem.caregivers()) {
                List<String> shifts = caregiver.shifts().stream().filter(s -> group.contains(day(s.start(), zone)))
                        .map(Shift::id).toList();
                if (!shifts.isEmpty() || pinned.contains(caregiver.id())) {
                    caregiverIds.add(caregiver.id());
                    shiftIds.addAll(shifts);
                }
            }
            String name = group.stream().map(LocalDate::toString).collect(Collectors.joining("+"));
            partitions.add(new Partition(name, caregiverIds, shiftIds, visitIds));
        }
        return partitions;
    }

    /**
     * The day of the shifts that overlap the visit's windows (or pinned start) most, so that a visit at 01:00 goes
     * with the night shift that started the evening before; without any overlap, the day of its first window.
     */
    private static LocalDate dayOf(Visit visit, List<Shift> shifts, ZoneId zone, LocalDate first) {
        List<TimeWindow> windows = visit.links().pinnedStart() != null
                ? List.of(new TimeWindow(visit.links().pinnedStart(), visit.links().pinnedStart().plus(visit
                        .duration())))
                : visit.timeWindows();
        if (windows.isEmpty()) {
            return first;
        }
        Map<LocalDate, Long> overlap = new TreeMap<>();
        for (TimeWindow window : windows) {
            for (Shift shift : shifts) {
                long from = Math.max(window.start().getEpochSecond(), shift.start().getEpochSecond());
                long to = Math.min(window.end().getEpochSecond(), shift.end().getEpochSecond());
                if (to > from || (to == from && shift.start().compareTo(window.start()) <= 0 && shift.end()
                        .compareTo(window.start()) >= 0)) {
                    overlap.merge(day(shift.start(), zone), to - from, Long::sum);
                }
            }
        }
        LocalDate best = null;
        long most = -1;
        for (Map.Entry<LocalDate, Long> e : overlap.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best != null ? best : day(windows.get(0).start(), zone);
    }

    private static LocalDate day(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }

    private static void join(Map<LocalDate, LocalDate> groupOf, LocalDate a, LocalDate b) {
        LocalDate ra = find(groupOf, a);
        LocalDate rb = find(groupOf, b);
        if (ra.isBefore(rb)) {
            groupOf.put(rb, ra);
        } else if (rb.isBefore(ra)) {
            groupOf.put(ra, rb);
        }
    }

    private static LocalDate find(Map<LocalDate, LocalDate> groupOf, LocalDate day) {
        LocalDate at = day;
        while (!groupOf.get(at).equals(at)) {
            at = groupOf.get(at);
        }
        return at;
    }
}
