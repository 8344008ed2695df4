package org.careroute.datasets.region;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.careroute.core.api.model.ShiftBreak;
import org.careroute.core.api.model.Visit;
import org.careroute.datasets.region.RegionProfile.Team;

/**
 * Keeps one team's mandatory visits of a day at one base within what its staff there can do in any stretch of time
 * (see {@link RegionGenerator#MANDATORY_PEAK_SHARE} and {@code datasets/README.md}).
 */
final class MandatoryPeaks {

    private MandatoryPeaks() {
    }

    /**
     * For every window opening {@code a}, the visits of {@code due} (indexes into {@code visits}) whose window opens
     * at {@code a} or later, walked by the end of their window, may take (service plus the team's expected drive per
     * visit) at most {@link RegionGenerator#MANDATORY_PEAK_SHARE} of the staff's minutes from {@code a} to the end of
     * that service, less the part of the breaks that must fall in that stretch; a visit beyond that becomes optional
     * (same priority) and {@code madeOptional} gets its index and the reason.
     */
    static void cap(List<Integer> due, List<Visit> visits, int staff, Team team, List<ShiftBreak> breaks,
            ZoneId zone, Map<Integer, String> madeOptional) {
        List<Integer> byEnd = new ArrayList<>(due);
        byEnd.sort(Comparator.comparing((Integer i) -> visits.get(i).timeWindows().getLast().end()).thenComparing(
                i -> i));
        TreeSet<Instant> opens = new TreeSet<>();
        byEnd.forEach(i -> opens.add(visits.get(i).timeWindows().getFirst().start()));
        for (Instant open : opens) {
            double demand = 0;
            for (int i : byEnd) {
                Visit v = visits.get(i);
                if (!v.mandatory() || v.timeWindows().getFirst().start().isBefore(open)) {
                    continue;
                }
                double minutes = v.duration().toMinutes() + team.travelMinutesPerVisit();
                long end = v.timeWindows().getLast().end().getEpochSecond() + v.duration().toSeconds();
                long span = end - open.getEpochSecond() - breakInside(breaks, open.getEpochSecond(), end);
                double available = staff * span / 60.0 * RegionGenerator.MANDATORY_PEAK_SHARE;
                if (demand + minutes > available) {
                    visits.set(i, new Visit(v.id(), v.clientId(), v.name(), v.location(), v.duration(), v
                            .timeWindows(), v.requiredSkills(), v.priority(), false, v.demand()));
                    madeOptional.put(i, String.format(Locale.ROOT, "from %s to this visit's latest end, the %d %s"
                            + " caregiver(s) of its base have %.0f minutes for mandatory visits (%.0f %% of their"
                            + " time), %.0f of them already taken by visits due earlier",
                            LocalTime.ofInstant(open,
                                    zone),
                            staff, team.id(), available,
                            RegionGenerator.MANDATORY_PEAK_SHARE * 100, demand));
                } else {
                    demand += minutes;
                }
            }
        }
    }

    /**
     * Seconds of the breaks that fall inside {@code [from, to]} wherever a caregiver places them in their windows:
     * the smaller overlap of a break taken as early or as late as allowed.
     */
    private static long breakInside(List<ShiftBreak> breaks, long from, long to) {
        long inside = 0;
        for (ShiftBreak b : breaks) {
            long duration = b.duration().toSeconds();
            long earliest = b.earliestStart().getEpochSecond();
            long latest = b.latestEnd().getEpochSecond() - duration;
            inside += Math.min(overlap(earliest, earliest + duration, from, to), overlap(latest, latest + duration,
                    from, to));
        }
        return inside;
    }

    private static long overlap(long start, long end, long from, long to) {
        return Math.max(0, Math.min(end, to) - Math.max(start, from));
    }
}
