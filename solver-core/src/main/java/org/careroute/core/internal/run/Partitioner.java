package org.careroute.core.internal.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.careroute.core.api.Partition;
import org.careroute.core.api.PartitionBy;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.Location;
import org.careroute.core.api.model.PlaneLocation;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.Visit;

/**
 * Splits a problem by base, team or day. By base (or team), caregivers are grouped by the start location of their
 * first shift (or their team), and every patient's visits go to the nearest group whose caregivers have the skills
 * for all of them and still have room (working time minus the visits already given, with a margin for driving); a
 * patient no group has room for goes to the nearest qualified one. All visits of one patient stay together, so
 * continuity of care is never split. By day, see {@link DayPartitioner}.
 */
public final class Partitioner {

    /** Share of the working time that visits may fill; the rest is left for driving and waiting. */
    static final double ROOM = 0.7;
    /** The team of caregivers who have none. */
    static final String NO_TEAM = "no team";

    private Partitioner() {
    }

    /** The partitions of a problem by base, in the order of each base's first caregiver. */
    public static List<Partition> partition(Problem problem) {
        return partition(problem, PartitionBy.BASE);
    }

    /**
     * The partitions of a problem, in the order of each group's first caregiver (by day: in date order).
     *
     * @throws IllegalArgumentException
     *             when split by base or team and locations have no coordinates (an explicit travel matrix)
     */
    public static List<Partition> partition(Problem problem, PartitionBy by) {
        return switch (by) {
            case BASE -> byGroup(problem, c -> key(c.shifts().get(0).startLocation()));
            case TEAM -> byGroup(problem, c -> c.terms().hasTeam() ? c.terms().team() : NO_TEAM);
            case DAY -> DayPartitioner.partition(problem);
        };
    }

    /**
     * Caregivers grouped by {@code groupOf}; each patient's visits (with the visits linked to them by dependencies)
     * go to the nearest group, measured from its first caregiver's start, that is qualified for all of them and has
     * room left, else to the nearest qualified one. A visit pinned to a caregiver brings its patient to that group.
     */
    private static List<Partition> byGroup(Problem problem, Function<Caregiver, String> groupOf) {
        Map<String, List<Caregiver>> byBase = new LinkedHashMap<>();
        Map<String, Location> baseLocation = new LinkedHashMap<>();
        Map<String, String> groupOfCaregiver = new HashMap<>();
        for (Caregiver caregiver : problem.caregivers()) {
            if (caregiver.shifts().isEmpty()) {
                continue;
            }
            String key = groupOf.apply(caregiver);
            byBase.computeIfAbsent(key, k -> new ArrayList<>()).add(caregiver);
            baseLocation.putIfAbsent(key, caregiver.shifts().get(0).startLocation());
            groupOfCaregiver.put(caregiver.id(), key);
        }
        List<String> bases = new ArrayList<>(byBase.keySet());
        int n = bases.size();
        List<List<Set<String>>> skills = new ArrayList<>();
        double[] room = new double[n];
        for (int b = 0; b < n; b++) {
            List<Set<String>> ofBase = new ArrayList<>();
            for (Caregiver caregiver : byBase.get(bases.get(b))) {
                ofBase.add(caregiver.skills());
                for (Shift shift : caregiver.shifts()) {
                    room[b] += ROOM * (shift.end().getEpochSecond() - shift.start().getEpochSecond());
                }
            }
            skills.add(ofBase);
        }
        Map<String, Integer> visitBase = new LinkedHashMap<>();
        for (List<Visit> visits : linkedGroups(problem)) {
            Location at = visits.get(0).location();
            double load = 0;
            for (Visit visit : visits) {
                load += visit.duration().getSeconds();
            }
            Integer[] order = new Integer[n];
            double[] distance = new double[n];
            for (int b = 0; b < n; b++) {
                order[b] = b;
                distance[b] = distance(baseLocation.get(bases.get(b)), at);
            }
            Arrays.sort(order, (x, y) -> Double.compare(distance[x], distance[y]));
            int chosen = pinnedGroup(visits, groupOfCaregiver, bases);
            int fallback = -1;
            for (int b : order) {
                if (chosen >= 0) {
                    break;
                }
                if (!qualified(skills.get(b), visits)) {
                    continue;
                }
                if (fallback < 0) {
                    fallback = b;
                }
                if (room[b] >= load) {
                    chosen = b;
                }
            }
            if (chosen < 0) {
                chosen = fallback >= 0 ? fallback : order.length > 0 ? order[0] : -1;
            }
            if (chosen >= 0) {
                room[chosen] -= load;
                for (Visit visit : visits) {
                    visitBase.put(visit.id(), chosen);
                }
            }
        }
        List<Partition> partitions = new ArrayList<>(n);
        for (int b = 0; b < n; b++) {
            List<Caregiver> caregivers = byBase.get(bases.get(b));
            List<String> visitIds = new ArrayList<>();
            for (Visit visit : problem.visits()) {
                Integer base = visitBase.get(visit.id());
                if (base != null && base == b) {
                    visitIds.add(visit.id());
                }
            }
            partitions.add(new Partition(bases.get(b), caregivers.stream().map(Caregiver::id).toList(), caregivers
                    .stream().flatMap(c -> c.shifts().stream()).map(Shift::id).toList(), visitIds));
        }
        return partitions;
    }

    /** The group of the caregiver one of {@code visits} (or a part of it) is pinned to; -1 when none is. */
    private static int pinnedGroup(List<Visit> visits, Map<String, String> groupOfCaregiver, List<String> groups) {
        for (Visit visit : visits) {
            List<String> pins = new ArrayList<>();
            pins.add(visit.links().pinnedCaregiverId());
            visit.links().parts().forEach(part -> pins.add(part.pinnedCaregiverId()));
            for (String pin : pins) {
                String group = pin == null ? null : groupOfCaregiver.get(pin);
                if (group != null) {
                    return groups.indexOf(group);
                }
            }
        }
        return -1;
    }

    /**
     * The visits that must stay in one partition, in problem order: a patient's visits, together with every visit
     * linked to them by a dependency.
     */
    static List<List<Visit>> linkedGroups(Problem problem) {
        Map<String, String> parent = new HashMap<>();
        Map<String, String> firstOfClient = new HashMap<>();
        for (Visit visit : problem.visits()) {
            parent.put(visit.id(), visit.id());
        }
        for (Visit visit : problem.visits()) {
            String first = firstOfClient.putIfAbsent(visit.clientId(), visit.id());
            if (first != null) {
                union(parent, first, visit.id());
            }
            for (var dependency : visit.links().dependencies()) {
                if (parent.containsKey(dependency.visitId())) {
                    union(parent, dependency.visitId(), visit.id());
                }
            }
        }
        Map<String, List<Visit>> groups = new LinkedHashMap<>();
        for (Visit visit : problem.visits()) {
            groups.computeIfAbsent(root(parent, visit.id()), k -> new ArrayList<>()).add(visit);
        }
        return new ArrayList<>(groups.values());
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = root(parent, a);
        String rb = root(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }

    private static String root(Map<String, String> parent, String id) {
        String at = id;
        while (!parent.get(at).equals(at)) {
            String up = parent.get(parent.get(at));
            parent.put(at, up);
            at = up;
        }
        return at;
    }

    /**
     * The sub-problem of one partition: its caregivers with its shifts, its visits and their patients' settings,
     * everything else as in the problem.
     */
    public static Problem subProblem(Problem problem, Partition partition) {
        Set<String> caregivers = new HashSet<>(partition.caregiverIds());
        Set<String> shifts = new HashSet<>(partition.shiftIds());
        Set<String> visits = new HashSet<>(partition.visitIds());
        List<Caregiver> kept = new ArrayList<>();
        for (Caregiver c : problem.caregivers()) {
            if (caregivers.contains(c.id())) {
                kept.add(new Caregiver(c.id(), c.name(), c.skills(), c.transportMode(), c.capacity(), c.shifts()
                        .stream().filter(s -> shifts.contains(s.id())).toList(), c.terms()));
            }
        }
        List<Visit> keptVisits = problem.visits().stream().filter(v -> visits.contains(v.id())).toList();
        Set<String> patients = new HashSet<>();
        keptVisits.forEach(v -> patients.add(v.clientId()));
        return new Problem(problem.name() + " [" + partition.name() + "]", problem.timeZone(), problem.timeFormat(),
                problem.travel(), kept, keptVisits, problem.constraintWeights(), problem.clients().stream().filter(
                        c -> patients.contains(c.id())).toList());
    }

    private static boolean qualified(List<Set<String>> caregiverSkills, List<Visit> visits) {
        for (Visit visit : visits) {
            boolean any = false;
            for (Set<String> skills : caregiverSkills) {
                if (skills.containsAll(visit.requiredSkills())) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    private static String key(Location location) {
        return switch (location) {
            case GeoLocation geo -> String.format(Locale.ROOT, "%.5f,%.5f", geo.lat(), geo.lon());
            case PlaneLocation plane -> String.format(Locale.ROOT, "%s,%s", plane.x(), plane.y());
            default -> throw new IllegalArgumentException("Partitioning needs coordinates; this problem's locations"
                    + " are matrix indices. Solve it without --partition-by.");
        };
    }

    private static double distance(Location a, Location b) {
        if (a instanceof GeoLocation p && b instanceof GeoLocation q) {
            return p.distanceMeters(q) / 1000;
        }
        if (a instanceof PlaneLocation p && b instanceof PlaneLocation q) {
            return Math.hypot(p.x() - q.x(), p.y() - q.y());
        }
        throw new IllegalArgumentException("Partitioning needs coordinates; this problem's locations are matrix"
                + " indices. Solve it without --partition-by.");
    }
}
