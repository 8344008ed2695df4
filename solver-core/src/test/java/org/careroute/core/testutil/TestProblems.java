package org.careroute.core.testutil;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Client;
import org.careroute.core.api.model.ContinuousWorkRule;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.HaversineTravel;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftBreak;
import org.careroute.core.api.model.ShiftRules;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.VisitCare;
import org.careroute.core.api.model.VisitDependency;
import org.careroute.core.api.model.VisitLinks;
import org.careroute.core.api.model.VisitPart;
import org.careroute.core.api.model.WorkTerms;

/** Random but plausible small problems for solver tests: a team base and clients within ~15 km. */
public final class TestProblems {

    public static final Instant DAY = Instant.parse("2027-03-01T06:00:00Z");
    public static final GeoLocation BASE = new GeoLocation(59.3793, 13.5036);
    private static final String[] SKILLS = {"nurse", "assistant-nurse", "physio"};

    private TestProblems() {
    }

    public static Problem random(long seed, int visitCount, int caregiverCount) {
        return random(seed, visitCount, caregiverCount, Map.of());
    }

    public static Problem random(long seed, int visitCount, int caregiverCount, Map<String, Long> weights) {
        Random random = new Random(seed);
        List<Caregiver> caregivers = new ArrayList<>();
        for (int c = 0; c < caregiverCount; c++) {
            Set<String> skills = c % 3 == 0
                    ? Set.of("nurse", "assistant-nurse", "physio")
                    : c % 3 == 1
                            ? Set.of("assistant-nurse")
                            : Set.of("assistant-nurse", "physio");
            long capacity = c % 2 == 0 ? Caregiver.UNLIMITED_CAPACITY : 6 + random.nextInt(4);
            GeoLocation home = c % 4 == 3 ? near(random, 0.05) : BASE;
            Shift shift = new Shift("s" + c, DAY.plusSeconds(3600), DAY.plusSeconds(3600 + 9 * 3600), home,
                    c % 5 == 4 ? null : home);
            caregivers.add(new Caregiver("c" + c, "Caregiver " + c, skills,
                    c % 6 == 5 ? TransportMode.BIKE : TransportMode.CAR, capacity, List.of(shift)));
        }
        List<Visit> visits = new ArrayList<>();
        for (int v = 0; v < visitCount; v++) {
            int kind = random.nextInt(4);
            List<TimeWindow> windows = new ArrayList<>();
            if (kind == 0) {
                long start = 3600 + random.nextInt(6) * 3600L;
                windows.add(new TimeWindow(DAY.plusSeconds(start), DAY.plusSeconds(start + 1800)));
            } else if (kind == 1) {
                windows.add(new TimeWindow(DAY.plusSeconds(3600 * 2), DAY.plusSeconds(3600 * 4)));
                windows.add(new TimeWindow(DAY.plusSeconds(3600 * 6), DAY.plusSeconds(3600 * 8)));
            } else if (kind == 2) {
                windows.add(new TimeWindow(DAY.plusSeconds(3600 + 1800), DAY.plusSeconds(3600 * 9)));
            }
            Set<String> required = Set.of(SKILLS[random.nextInt(random.nextInt(3) + 1)]);
            visits.add(new Visit("v" + v, "p" + (v / 2), null, near(random, 0.12),
                    Duration.ofMinutes(10 + 5 * random.nextInt(8)), windows, required, 1 + random.nextInt(5),
                    random.nextInt(10) == 0, random.nextInt(3)));
        }
        return new Problem("random-" + seed, ZoneId.of("Europe/Stockholm"), TimeFormat.ISO,
                HaversineTravel.defaults(), caregivers, visits, weights);
    }

    /**
     * {@link #random} with linked visits: every fourth visit needs two caregivers (one with {@code nurse}, one with
     * {@code assistant-nurse}), visit 1 follows visit 0 by one to four hours, visit 2 is pinned to caregiver c0.
     */
    public static Problem linked(long seed, int visitCount, int caregiverCount) {
        Problem base = random(seed, visitCount, caregiverCount);
        List<Visit> visits = new ArrayList<>();
        for (int v = 0; v < base.visits().size(); v++) {
            Visit visit = base.visits().get(v);
            List<VisitPart> parts = v % 4 == 3
                    ? List.of(new VisitPart(Set.of("nurse"), null), new VisitPart(Set.of("assistant-nurse"), null))
                    : List.of();
            List<VisitDependency> dependencies = v == 1
                    ? List.of(new VisitDependency("v0", Duration.ofHours(1), Duration.ofHours(4), null))
                    : List.of();
            String pinned = v == 2 ? "c0" : null;
            Set<String> required = parts.isEmpty() ? visit.requiredSkills() : Set.of();
            visits.add(new Visit(visit.id(), visit.clientId(), visit.name(), visit.location(), visit.duration(),
                    visit.timeWindows(), required, visit.priority(), visit.mandatory(), visit.demand(), null,
                    new VisitLinks(parts, dependencies, pinned, null)));
        }
        return new Problem(base.name() + "-linked", base.timeZone(), base.timeFormat(), base.travel(),
                base.caregivers(), visits, base.constraintWeights());
    }

    /**
     * {@link #random} with sequential pairs that two caregivers serve: caregivers hold either {@code wash} or {@code
     * meds}, never both; visit 4k needs wash, visit 4k + 1 needs meds and starts 10 to 40 minutes after visit 4k starts
     * (so the first caregiver waits where the second is ready late), visit 4k + 3 needs both at once (two parts).
     */
    public static Problem sequentialPairs(long seed, int visitCount, int caregiverCount) {
        Problem base = random(seed, visitCount, caregiverCount);
        List<Caregiver> caregivers = new ArrayList<>();
        for (int c = 0; c < base.caregivers().size(); c++) {
            Caregiver caregiver = base.caregivers().get(c);
            caregivers.add(new Caregiver(caregiver.id(), caregiver.name(), Set.of(c % 2 == 0 ? "wash" : "meds"),
                    caregiver.transportMode(), caregiver.capacity(), caregiver.shifts()));
        }
        List<Visit> visits = new ArrayList<>();
        for (int v = 0; v < base.visits().size(); v++) {
            Visit visit = base.visits().get(v);
            List<VisitPart> parts = v % 4 == 3
                    ? List.of(new VisitPart(Set.of("wash"), null), new VisitPart(Set.of("meds"), null))
                    : List.of();
            List<VisitDependency> dependencies = v % 4 == 1
                    ? List.of(new VisitDependency("v" + (v - 1), Duration.ofMinutes(10), Duration.ofMinutes(40),
                            VisitDependency.GapFrom.START))
                    : List.of();
            Set<String> required = switch (v % 4) {
                case 0 -> Set.of("wash");
                case 1 -> Set.of("meds");
                default -> Set.of();
            };
            visits.add(new Visit(visit.id(), visit.clientId(), visit.name(), visit.location(), visit.duration(),
                    visit.timeWindows(), required, visit.priority(), visit.mandatory(), visit.demand(), null,
                    new VisitLinks(parts, dependencies, null, null)));
        }
        return new Problem(base.name() + "-pairs", base.timeZone(), base.timeFormat(), base.travel(), caregivers,
                visits, base.constraintWeights());
    }

    /**
     * The same problem with the caregiver's working day in use on every shift: a 15-minute break between 08:00 and
     * 10:00 and a 30-minute lunch between 11:00 and 13:30 (UTC), the EU continuous-work law (waiting counting as rest
     * for every third caregiver), an 8-hour maximum working time or 30 minutes of allowed overtime, costs per hour
     * and per km, and two teams.
     */
    public static Problem withWorkingDay(Problem problem) {
        List<Caregiver> caregivers = new ArrayList<>();
        for (int c = 0; c < problem.caregivers().size(); c++) {
            Caregiver caregiver = problem.caregivers().get(c);
            List<Shift> shifts = new ArrayList<>();
            for (Shift shift : caregiver.shifts()) {
                ShiftRules rules = new ShiftRules(List.of(new ShiftBreak(Duration.ofMinutes(15), DAY.plusSeconds(
                        2 * 3600), DAY.plusSeconds(4 * 3600)), new ShiftBreak(Duration.ofMinutes(30),
                                DAY
                                        .plusSeconds(5 * 3600),
                                DAY.plusSeconds(7 * 3600 + 1800))),
                        c % 2 == 0 ? Duration.ofHours(8) : null, new ContinuousWorkRule(Duration.ofMinutes(270),
                                Duration.ofMinutes(45), Duration.ofMinutes(15), c % 3 == 0));
                shifts.add(new Shift(shift.id(), shift.start(), shift.end(), shift.startLocation(), shift
                        .endLocation(), rules));
            }
            WorkTerms terms = new WorkTerms(c % 2 == 1 ? Duration.ofMinutes(30) : Duration.ZERO, 300 + 25 * (c % 4),
                    c % 3 == 0 ? 0 : 2.5, c % 2 == 0 ? "north" : "south");
            caregivers.add(new Caregiver(caregiver.id(), caregiver.name(), caregiver.skills(), caregiver
                    .transportMode(), caregiver.capacity(), shifts, terms));
        }
        return new Problem(problem.name() + "-working-day", problem.timeZone(), problem.timeFormat(), problem
                .travel(), caregivers, problem.visits(), problem.constraintWeights());
    }

    /**
     * A two-day variant of {@link #random(long, int, int, Map)} using every patient-care rule: each caregiver works
     * both days, each visit recurs on the second day for the same patient, with random preferred and excluded
     * caregivers, preferred windows (some capped) inside the hard windows and caps on distinct caregivers.
     */
    public static Problem randomWithPatientCare(long seed, int visitCount, int caregiverCount,
            Map<String, Long> weights) {
        Problem oneDay = random(seed, visitCount, caregiverCount, weights);
        Random random = new Random(seed * 31 + 7);
        List<Caregiver> caregivers = new ArrayList<>();
        for (Caregiver c : oneDay.caregivers()) {
            Shift monday = c.shifts().getFirst();
            Shift tuesday = new Shift(monday.id() + "-d2", monday.start().plusSeconds(86_400), monday.end()
                    .plusSeconds(86_400), monday.startLocation(), monday.endLocation());
            caregivers.add(new Caregiver(c.id(), c.name(), c.skills(), c.transportMode(), c.capacity(), List.of(
                    monday, tuesday)));
        }
        List<Visit> visits = new ArrayList<>();
        for (int day = 0; day < 2; day++) {
            for (Visit v : oneDay.visits()) {
                List<TimeWindow> windows = new ArrayList<>();
                for (TimeWindow w : v.timeWindows()) {
                    windows.add(new TimeWindow(w.start().plusSeconds(day * 86_400L), w.end().plusSeconds(day
                            * 86_400L)));
                }
                visits.add(new Visit(v.id() + (day == 0 ? "" : "-d2"), v.clientId(), null, v.location(), v
                        .duration(), windows, v.requiredSkills(), v.priority(), v.mandatory(), v.demand(),
                        care(
                                random, caregiverCount, windows),
                        null));
            }
        }
        List<Client> clients = new ArrayList<>();
        visits.stream().map(Visit::clientId).distinct().filter(id -> random.nextInt(3) == 0).forEach(id -> clients
                .add(new Client(id, 1 + random.nextInt(3))));
        return new Problem(oneDay.name() + "-care", oneDay.timeZone(), oneDay.timeFormat(), oneDay.travel(),
                caregivers, visits, weights, clients);
    }

    private static VisitCare care(Random random, int caregiverCount, List<TimeWindow> windows) {
        Map<String, Integer> preferred = new java.util.HashMap<>();
        Set<String> excluded = new java.util.HashSet<>();
        for (int c = 0; c < caregiverCount; c++) {
            int roll = random.nextInt(6);
            if (roll == 0) {
                preferred.put("c" + c, 1 + random.nextInt(10));
            } else if (roll == 1) {
                excluded.add("c" + c);
            }
        }
        TimeWindow preferredWindow = null;
        Duration cap = null;
        if (!windows.isEmpty() && random.nextBoolean()) {
            TimeWindow hard = windows.get(random.nextInt(windows.size()));
            long span = hard.end().getEpochSecond() - hard.start().getEpochSecond();
            Instant start = hard.start().plusSeconds(random.nextLong(span / 2 + 1));
            preferredWindow = new TimeWindow(start, start.plusSeconds(Math.min(1800, hard.end().getEpochSecond()
                    - start.getEpochSecond())));
            cap = random.nextInt(3) == 0 ? Duration.ofMinutes(30 + random.nextInt(60)) : null;
        }
        return new VisitCare(preferred, excluded, preferredWindow, cap);
    }

    private static GeoLocation near(Random random, double spread) {
        return new GeoLocation(BASE.lat() + (random.nextDouble() - 0.5) * spread,
                BASE.lon() + (random.nextDouble() - 0.5) * spread * 2);
    }
}
