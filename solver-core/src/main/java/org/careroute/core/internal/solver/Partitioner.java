package org.careroute.core.internal.solver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.careroute.core.api.Partition;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.Location;
import org.careroute.core.api.model.PlaneLocation;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.Visit;

/**
 * Splits a problem by base: caregivers are grouped by the start location of their first shift, and every patient's
 * visits go to the nearest base whose caregivers have the skills for all of them and still have room (working time
 * minus the visits already given, with a margin for driving); a patient no base has room for goes to the nearest
 * qualified one. All visits of one patient stay together, so continuity of care is never split.
 */
public final class Partitioner {

    /** Share of the working time that visits may fill; the rest is left for driving and waiting. */
    static final double ROOM = 0.7;
    private static final double EARTH_KM = 6371.0088;

    private Partitioner() {
    }

    /**
     * The partitions of a problem, in the order of each base's first caregiver.
     *
     * @throws IllegalArgumentException
     *             when locations have no coordinates (an explicit travel matrix)
     */
    public static List<Partition> partition(Problem problem) {
        Map<String, List<Caregiver>> byBase = new LinkedHashMap<>();
        Map<String, Location> baseLocation = new LinkedHashMap<>();
        for (Caregiver caregiver : problem.caregivers()) {
            if (caregiver.shifts().isEmpty()) {
                continue;
            }
            Location start = caregiver.shifts().get(0).startLocation();
            String key = key(start);
            byBase.computeIfAbsent(key, k -> new ArrayList<>()).add(caregiver);
            baseLocation.putIfAbsent(key, start);
        }
        List<String> bases = new ArrayList<>(byBase.keySet());
        int n = bases.size();
        List<List<java.util.Set<String>>> skills = new ArrayList<>();
        double[] room = new double[n];
        for (int b = 0; b < n; b++) {
            List<java.util.Set<String>> ofBase = new ArrayList<>();
            for (Caregiver caregiver : byBase.get(bases.get(b))) {
                ofBase.add(caregiver.skills());
                for (Shift shift : caregiver.shifts()) {
                    room[b] += ROOM * (shift.end().getEpochSecond() - shift.start().getEpochSecond());
                }
            }
            skills.add(ofBase);
        }
        Map<String, List<Visit>> byClient = new LinkedHashMap<>();
        for (Visit visit : problem.visits()) {
            byClient.computeIfAbsent(visit.clientId(), k -> new ArrayList<>()).add(visit);
        }
        Map<String, Integer> visitBase = new LinkedHashMap<>();
        for (List<Visit> visits : byClient.values()) {
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
            java.util.Arrays.sort(order, (x, y) -> Double.compare(distance[x], distance[y]));
            int chosen = -1;
            int fallback = -1;
            for (int b : order) {
                if (!qualified(skills.get(b), visits)) {
                    continue;
                }
                if (fallback < 0) {
                    fallback = b;
                }
                if (room[b] >= load) {
                    chosen = b;
                    break;
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
            List<String> caregiverIds = byBase.get(bases.get(b)).stream().map(Caregiver::id).toList();
            List<String> visitIds = new ArrayList<>();
            for (Visit visit : problem.visits()) {
                Integer base = visitBase.get(visit.id());
                if (base != null && base == b) {
                    visitIds.add(visit.id());
                }
            }
            partitions.add(new Partition(bases.get(b), caregiverIds, visitIds));
        }
        return partitions;
    }

    /** The sub-problem of one partition: its caregivers and visits, everything else as in the problem. */
    public static Problem subProblem(Problem problem, Partition partition) {
        java.util.Set<String> caregivers = new java.util.HashSet<>(partition.caregiverIds());
        java.util.Set<String> visits = new java.util.HashSet<>(partition.visitIds());
        return new Problem(problem.name() + " [" + partition.name() + "]", problem.timeZone(), problem.timeFormat(),
                problem.travel(), problem.caregivers().stream().filter(c -> caregivers.contains(c.id())).toList(),
                problem.visits().stream().filter(v -> visits.contains(v.id())).toList(), problem.constraintWeights());
    }

    private static boolean qualified(List<java.util.Set<String>> caregiverSkills, List<Visit> visits) {
        for (Visit visit : visits) {
            boolean any = false;
            for (java.util.Set<String> skills : caregiverSkills) {
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
            double dLat = Math.toRadians(q.lat() - p.lat());
            double dLon = Math.toRadians(q.lon() - p.lon());
            double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(p.lat())) * Math.cos(Math
                    .toRadians(q.lat())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
            return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
        }
        if (a instanceof PlaneLocation p && b instanceof PlaneLocation q) {
            return Math.hypot(p.x() - q.x(), p.y() - q.y());
        }
        throw new IllegalArgumentException("Partitioning needs coordinates; this problem's locations are matrix"
                + " indices. Solve it without --partition-by.");
    }
}
