package org.careroute.core.api.json;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Client;
import org.careroute.core.api.model.EuclideanTravel;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.HaversineTravel;
import org.careroute.core.api.model.Location;
import org.careroute.core.api.model.MatrixLocation;
import org.careroute.core.api.model.MatrixTravel;
import org.careroute.core.api.model.PlaneLocation;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.model.TravelSettings;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.VisitCare;

/** Random consistent problems of every travel mode and time format, built from a seed. */
final class RandomProblems {

    private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("UTC"), ZoneId.of(
            "Europe/Stockholm"), ZoneId.of("Europe/Prague"), ZoneOffset.ofHours(-5));
    private static final List<String> SKILLS = List.of("nurse", "assistant", "physio", "insulin", "wound care",
            "palliative");

    private final Random random;
    private final int mode;
    private final TimeFormat format;
    private int matrixSize;

    private RandomProblems(long seed) {
        this.random = new Random(seed);
        this.mode = random.nextInt(3);
        this.format = random.nextBoolean() ? TimeFormat.ISO : TimeFormat.NUMBER;
    }

    static Problem problem(long seed) {
        return new RandomProblems(seed).build();
    }

    private Problem build() {
        TravelSettings travel = travel();
        Set<String> allSkills = new HashSet<>();
        List<Caregiver> caregivers = new ArrayList<>();
        int shiftNumber = 0;
        for (int c = 0; c < 1 + random.nextInt(3); c++) {
            Set<String> skills = skills();
            allSkills.addAll(skills);
            List<Shift> shifts = new ArrayList<>();
            // one person's shifts follow each other, each of positive length
            Instant free = Instant.parse("2027-03-01T05:00:00Z");
            for (int s = 0; s < 1 + random.nextInt(2); s++) {
                Instant start = time(free, 2 * 86_400);
                Location startLocation = location();
                Location end = switch (random.nextInt(3)) {
                    case 0 -> null;
                    case 1 -> startLocation;
                    default -> location();
                };
                Instant shiftEnd = time(start.plusSeconds(60), 12 * 3600);
                shifts.add(new Shift("shift-" + shiftNumber++, start, shiftEnd, startLocation, end));
                free = shiftEnd;
            }
            caregivers.add(new Caregiver("c" + c, random.nextBoolean() ? null : "Caregiver \"" + c + "\" Åström",
                    skills, TransportMode.values()[random.nextInt(3)], random.nextBoolean()
                            ? Caregiver.UNLIMITED_CAPACITY
                            : random.nextInt(100),
                    shifts));
        }
        List<Visit> visits = new ArrayList<>();
        for (int v = 0; v < random.nextInt(6); v++) {
            Set<String> required = new HashSet<>();
            for (String skill : allSkills) {
                if (random.nextInt(3) == 0) {
                    required.add(skill);
                }
            }
            List<TimeWindow> windows = windows();
            boolean mandatory = random.nextBoolean();
            VisitCare care = care(caregivers, windows, !mandatory);
            int priority = care.hasValue() ? 1 : 1 + random.nextInt(5);
            visits.add(new Visit("v" + v, random.nextBoolean() ? null : "client-" + random.nextInt(3), random
                    .nextBoolean() ? null : "Visit/" + v, location(), duration(), windows, required, priority,
                    mandatory, random.nextInt(3), care, null));
        }
        List<Client> clients = new ArrayList<>();
        visits.stream().map(Visit::clientId).distinct().filter(id -> random.nextInt(3) == 0).forEach(id -> clients
                .add(new Client(id, random.nextBoolean() ? Client.NO_CAP : 1 + random.nextInt(4))));
        Map<String, Long> weights = new HashMap<>();
        for (CareConstraint constraint : CareConstraint.values()) {
            if (random.nextInt(4) == 0) {
                weights.put(constraint.id(), (long) random.nextInt(1000));
            }
        }
        return new Problem(random.nextBoolean() ? null : "problem " + random.nextInt(), ZONES.get(random.nextInt(
                ZONES.size())), format, travel, caregivers, visits, weights, clients);
    }

    /**
     * Random preferred and excluded caregivers, a preferred window inside a hard window (or anywhere), and for an
     * optional visit sometimes a value.
     */
    private VisitCare care(List<Caregiver> caregivers, List<TimeWindow> windows, boolean optional) {
        if (random.nextInt(3) == 0) {
            return VisitCare.NONE;
        }
        Map<String, Integer> preferred = new HashMap<>();
        Set<String> excluded = new HashSet<>();
        for (Caregiver caregiver : caregivers) {
            switch (random.nextInt(3)) {
                case 0 -> preferred.put(caregiver.id(), 1 + random.nextInt(VisitCare.MAX_PREFERENCE_WEIGHT));
                case 1 -> excluded.add(caregiver.id());
                default -> {
                }
            }
        }
        TimeWindow preferredWindow = null;
        Duration maxDeviation = null;
        if (random.nextBoolean()) {
            TimeWindow hard = windows.isEmpty()
                    ? new TimeWindow(Instant.parse("2027-03-01T05:00:00Z"), Instant.parse("2027-03-02T05:00:00Z"))
                    : windows.get(random.nextInt(windows.size()));
            long span = hard.end().getEpochSecond() - hard.start().getEpochSecond();
            Instant start = hard.start().plusSeconds(span == 0 ? 0 : random.nextLong(span));
            long rest = hard.end().getEpochSecond() - start.getEpochSecond();
            preferredWindow = new TimeWindow(start, start.plusSeconds(rest == 0 ? 0 : random.nextLong(rest)));
            maxDeviation = random.nextBoolean() ? null : Duration.ofMinutes(random.nextInt(120));
        }
        Long value = optional && random.nextInt(3) == 0 ? random.nextLong(VisitCare.MAX_VALUE + 1) : null;
        return new VisitCare(preferred, excluded, preferredWindow, maxDeviation, value, !windows.isEmpty() && random
                .nextBoolean());
    }

    private TravelSettings travel() {
        return switch (mode) {
            case 0 -> random.nextBoolean()
                    ? HaversineTravel.defaults()
                    : new HaversineTravel(1 + random.nextDouble()
                            * 4, Map.of(TransportMode.FOOT, 1 + random.nextDouble() * 5));
            case 1 -> new EuclideanTravel(0.1 + random.nextDouble() * 10, random.nextBoolean() ? 1 : 1000);
            default -> {
                matrixSize = 1 + random.nextInt(5);
                yield new MatrixTravel(matrix(), matrix());
            }
        };
    }

    private long[][] matrix() {
        long[][] matrix = new long[matrixSize][matrixSize];
        for (int i = 0; i < matrixSize; i++) {
            for (int j = 0; j < matrixSize; j++) {
                matrix[i][j] = i == j ? 0 : random.nextInt(Integer.MAX_VALUE);
            }
        }
        return matrix;
    }

    private Location location() {
        return switch (mode) {
            case 0 -> new GeoLocation(-90 + random.nextDouble() * 180, -180 + random.nextDouble() * 360);
            case 1 -> new PlaneLocation(random.nextInt(2000) - 1000 + (random.nextBoolean()
                    ? 0
                    : random
                            .nextDouble()),
                    random.nextInt(1000));
            default -> new MatrixLocation(random.nextInt(matrixSize));
        };
    }

    private Set<String> skills() {
        Set<String> skills = new HashSet<>();
        for (String skill : SKILLS) {
            if (random.nextInt(3) == 0) {
                skills.add(skill);
            }
        }
        return skills;
    }

    private Instant time(Instant after, int maxSeconds) {
        Instant time = after.plusSeconds(random.nextInt(maxSeconds));
        return random.nextInt(5) == 0 ? time.plusMillis(random.nextInt(1000)) : time;
    }

    private Duration duration() {
        Duration duration = Duration.ofSeconds(random.nextInt(4 * 3600));
        return random.nextInt(5) == 0 ? duration.plusMillis(random.nextInt(1000)) : duration;
    }

    private List<TimeWindow> windows() {
        List<TimeWindow> windows = new ArrayList<>();
        Instant cursor = Instant.parse("2027-03-01T05:00:00Z");
        for (int w = 0; w < random.nextInt(4); w++) {
            Instant start = time(cursor, 6 * 3600);
            Instant end = time(start, 4 * 3600);
            windows.add(new TimeWindow(start, end));
            cursor = end;
        }
        return windows;
    }
}
