package org.careroute.core.testutil;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.careroute.core.api.CareConstraint;
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

/**
 * Small random problems that exercise every constraint, for score-integrity tests (FULL_ASSERT solves, solver versus
 * verifier). A problem starts as a plain {@link Draft} (a base, caregivers with one shift, visits) and each
 * {@link Ingredient} then changes it so that its constraints are likely to be broken or to matter.
 *
 * <p>
 * <b>Extending it:</b> a new constraint gets an ingredient (a class or lambda implementing {@link Ingredient} that
 * names the constraint ids it exercises and edits the draft's mutable fields), added to {@link #INGREDIENTS}. New
 * per-feature fields go into {@link VisitDraft}, {@link ShiftDraft} or {@link CaregiverDraft} and their
 * {@code build()} methods. {@code ScoreIntegrityTest} fails while some {@link CareConstraint} has no ingredient or no
 * generated problem
 * breaks it.
 */
public final class ScenarioGenerator {

    /** One way to make a draft exercise some constraints. */
    public interface Ingredient {

        /** The {@link CareConstraint#id()}s this ingredient exercises. */
        Set<String> exercises();

        void apply(Random random, Draft draft);
    }

    /** Every ingredient, applied in this order to every generated problem. */
    public static final List<Ingredient> INGREDIENTS = List.of(
            ingredient(Set.of("visit-time-window", "waiting-time"), ScenarioGenerator::tightWindows),
            ingredient(Set.of("shift-end"), ScenarioGenerator::shortShifts),
            ingredient(Set.of("required-skills"), ScenarioGenerator::rareSkills),
            ingredient(Set.of("shift-capacity"), ScenarioGenerator::smallCapacities),
            ingredient(Set.of("mandatory-visit-unassigned", "visit-unassigned"), ScenarioGenerator::priorities),
            ingredient(Set.of("optional-visit-value"), ScenarioGenerator::values),
            ingredient(Set.of("travel-time", "travel-distance", "first-visit-waiting"),
                    ScenarioGenerator::travelWeights),
            ingredient(Set.of("break-window", "missed-break", "continuous-work", "max-working-time"),
                    ScenarioGenerator::workingDay),
            ingredient(Set.of("overtime", "caregiver-cost", "workload-fairness"), ScenarioGenerator::workTerms),
            ingredient(Set.of("preferred-caregiver", "excluded-caregiver"), ScenarioGenerator::caregiverChoice),
            ingredient(Set.of("preferred-window", "preferred-window-max-deviation",
                    "worst-preferred-window-deviation"), ScenarioGenerator::preferredWindows),
            ingredient(Set.of("continuity-of-care", "max-distinct-caregivers"), ScenarioGenerator::secondDay),
            ingredient(Set.of("plan-change"), ScenarioGenerator::planChangeWeights),
            ingredient(Set.of("linked-parts-same-caregiver", "linked-visit-partly-assigned",
                    "linked-times-inconsistent", "visit-dependency", "pinned-caregiver", "pinned-start"),
                    ScenarioGenerator::linkedVisits),
            ingredient(Set.of("idle-time", "worst-caregiver-idle-time"), ScenarioGenerator::idleWeights),
            // last, so that the ingredients before them draw the same numbers as before they came
            ingredient(Set.of("dependency-both-or-none"), ScenarioGenerator::bothOrNone),
            ingredient(Set.of("soft-window-lateness"), ScenarioGenerator::softWindows));

    public static final Instant DAY = Instant.parse("2027-03-01T06:00:00Z");
    public static final GeoLocation BASE = new GeoLocation(59.3793, 13.5036);
    private static final Duration ONE_DAY = Duration.ofDays(1);
    private static final List<String> SKILLS = List.of("nurse", "assistant-nurse", "physio", "insulin");

    private ScenarioGenerator() {
    }

    /** A problem of a few visits and caregivers, reproducible from {@code seed}. */
    public static Problem generate(long seed) {
        Random random = new Random(seed);
        Draft draft = Draft.base(random, seed, 3 + random.nextInt(12), 1 + random.nextInt(3));
        for (Ingredient ingredient : INGREDIENTS) {
            ingredient.apply(random, draft);
        }
        return draft.build();
    }

    /** The constraint ids some ingredient exercises. */
    public static Set<String> exercised() {
        Set<String> ids = new HashSet<>();
        INGREDIENTS.forEach(ingredient -> ids.addAll(ingredient.exercises()));
        return ids;
    }

    private static Ingredient ingredient(Set<String> ids, java.util.function.BiConsumer<Random, Draft> body) {
        return new Ingredient() {
            @Override
            public Set<String> exercises() {
                return ids;
            }

            @Override
            public void apply(Random random, Draft draft) {
                body.accept(random, draft);
            }
        };
    }

    private static void tightWindows(Random random, Draft draft) {
        for (VisitDraft visit : draft.visits) {
            int kind = random.nextInt(4);
            long start = 3600 + random.nextInt(8) * 1800L;
            visit.windows = switch (kind) {
                case 0 -> List.of(new TimeWindow(DAY.plusSeconds(start), DAY.plusSeconds(start + 600 + random
                        .nextInt(1800))));
                case 1 -> List.of(new TimeWindow(DAY.plusSeconds(7200), DAY.plusSeconds(9000)), new TimeWindow(DAY
                        .plusSeconds(21_600), DAY.plusSeconds(25_200)));
                case 2 -> List.of(new TimeWindow(DAY.plusSeconds(start), DAY.plusSeconds(start + 4 * 3600)));
                default -> List.of();
            };
        }
    }

    private static void shortShifts(Random random, Draft draft) {
        for (CaregiverDraft caregiver : draft.caregivers) {
            for (ShiftDraft shift : caregiver.shifts) {
                if (random.nextInt(3) == 0) {
                    shift.end = shift.start.plusSeconds(3600 + random.nextInt(3 * 3600));
                }
                if (random.nextInt(4) == 0) {
                    shift.openEnd = true;
                }
            }
        }
    }

    /** Visits requiring skills only some caregivers hold (every required skill is held by somebody). */
    private static void rareSkills(Random random, Draft draft) {
        List<String> held = new ArrayList<>(new LinkedHashSet<>(draft.caregivers.stream().flatMap(c -> c.skills
                .stream()).toList()));
        for (VisitDraft visit : draft.visits) {
            visit.requiredSkills = held.isEmpty() || random.nextInt(3) != 0
                    ? Set.of()
                    : Set.of(held.get(random.nextInt(held.size())));
        }
    }

    private static void smallCapacities(Random random, Draft draft) {
        for (CaregiverDraft caregiver : draft.caregivers) {
            caregiver.capacity = random.nextBoolean() ? Caregiver.UNLIMITED_CAPACITY : random.nextInt(6);
        }
        for (VisitDraft visit : draft.visits) {
            visit.demand = random.nextInt(3);
        }
    }

    private static void priorities(Random random, Draft draft) {
        for (VisitDraft visit : draft.visits) {
            visit.priority = 1 + random.nextInt(5);
            visit.mandatory = random.nextInt(4) == 0;
        }
    }

    /** Some optional visits get a value instead of a priority: worth a few minutes to a few hours of driving. */
    private static void values(Random random, Draft draft) {
        for (VisitDraft visit : draft.visits) {
            if (!visit.mandatory && random.nextInt(3) == 0) {
                visit.priority = 1;
                visit.value = (long) random.nextInt(4 * 3600);
            }
        }
        if (random.nextInt(4) == 0) {
            draft.weights.put("optional-visit-value", (long) random.nextInt(3));
        }
    }

    /** Some visits with windows get soft windows (tight windows then make them late rather than infeasible). */
    private static void softWindows(Random random, Draft draft) {
        for (VisitDraft visit : draft.visits) {
            if (!visit.windows.isEmpty() && random.nextInt(3) == 0) {
                visit.softWindows = true;
            }
        }
    }

    /** Some dependencies between two optional visits plan both or neither. */
    private static void bothOrNone(Random random, Draft draft) {
        Map<String, VisitDraft> byId = new HashMap<>();
        draft.visits.forEach(visit -> byId.put(visit.id, visit));
        for (VisitDraft visit : draft.visits) {
            List<VisitDependency> tied = new ArrayList<>();
            for (VisitDependency dependency : visit.dependencies) {
                VisitDraft earlier = byId.get(dependency.visitId());
                boolean optional = !visit.mandatory && earlier != null && !earlier.mandatory;
                tied.add(optional && random.nextBoolean()
                        ? new VisitDependency(dependency.visitId(), dependency.minGap(), dependency.maxGap(),
                                dependency.from(), true)
                        : dependency);
            }
            visit.dependencies = tied;
        }
    }

    private static void travelWeights(Random random, Draft draft) {
        if (random.nextBoolean()) {
            draft.weights.put("travel-distance", (long) random.nextInt(3));
        }
        if (random.nextInt(3) == 0) {
            draft.weights.put("travel-time", 0L);
        }
        if (random.nextInt(3) == 0) {
            draft.weights.put("waiting-time", (long) random.nextInt(5));
        }
        for (CaregiverDraft caregiver : draft.caregivers) {
            caregiver.mode = TransportMode.values()[random.nextInt(TransportMode.values().length)];
        }
        // from the draft's size, not the random source, so that every other ingredient draws as before
        draft.weights.put("first-visit-waiting", (long) (draft.caregivers.size() % 3));
    }

    /**
     * Double-staffed visits (two parts, sometimes one pinned) when there are two caregivers or more, dependencies
     * between neighbouring visits and pinned caregivers and starts. Several double-staffed visits let routes cross
     * (linked-times-inconsistent) and the search may put both parts on one caregiver or plan only one.
     */
    private static void linkedVisits(Random random, Draft draft) {
        List<VisitDraft> visits = draft.visits;
        boolean twoCaregivers = draft.caregivers.size() >= 2;
        for (int v = 0; v < visits.size(); v++) {
            VisitDraft visit = visits.get(v);
            int roll = random.nextInt(8);
            if (roll < 2 && twoCaregivers && visit.requiredSkills.isEmpty()) {
                String pinned = random.nextBoolean()
                        ? null
                        : draft.caregivers.get(random.nextInt(draft.caregivers.size())).id;
                visit.parts = List.of(new VisitPart(null, pinned), new VisitPart(null, null));
            } else if (roll == 2) {
                List<CaregiverDraft> qualified = draft.caregivers.stream().filter(c -> c.skills.containsAll(
                        visit.requiredSkills)).toList();
                if (!qualified.isEmpty()) {
                    visit.pinnedCaregiverId = qualified.get(random.nextInt(qualified.size())).id;
                }
            } else if (roll == 3) {
                visit.pinnedStart = DAY.plusSeconds(2 * 3600 + random.nextInt(12) * 1800L);
            }
            if (v > 0 && random.nextInt(5) == 0) {
                Duration min = Duration.ofMinutes(15L * random.nextInt(5));
                Duration max = random.nextBoolean() ? null : min.plusMinutes(30 + 30L * random.nextInt(6));
                visit.dependencies = List.of(new VisitDependency(visits.get(v - 1).id, min, max, random.nextBoolean()
                        ? VisitDependency.GapFrom.END
                        : VisitDependency.GapFrom.START));
            }
        }
    }

    /**
     * Breaks (one or two, some with tight windows) inside each shift, short maximum working times and a strict
     * continuous-work law, so that breaks end late, stretches of work run long and shifts exceed their working time.
     */
    private static void workingDay(Random random, Draft draft) {
        for (CaregiverDraft caregiver : draft.caregivers) {
            for (ShiftDraft shift : caregiver.shifts) {
                long length = shift.end.getEpochSecond() - shift.start.getEpochSecond();
                List<ShiftBreak> breaks = new ArrayList<>();
                long from = 0;
                long previousDuration = 0;
                int count = random.nextInt(3);
                for (int b = 0; b < count; b++) {
                    long duration = 600 + random.nextInt(4) * 300L;
                    // now and then a break that can only start once the previous one is over: late by force
                    long earliest = from + (b > 0 && random.nextBoolean()
                            ? random.nextInt((int) previousDuration)
                            : random.nextInt(7200));
                    long latestEnd = earliest + duration + random.nextInt(3) * 1800L;
                    if (latestEnd > length) {
                        break;
                    }
                    // breaks of 15 minutes may be missed (no extra random draw: earlier seeds keep their problems)
                    breaks.add(new ShiftBreak(Duration.ofSeconds(duration), shift.start.plusSeconds(earliest),
                            shift.start.plusSeconds(latestEnd), duration == 900));
                    from = earliest;
                    previousDuration = duration;
                }
                Duration maxWorkingTime = random.nextInt(3) == 0
                        ? Duration.ofMinutes(60 + 30 * random.nextInt(8))
                        : null;
                ContinuousWorkRule continuousWork = random.nextInt(3) == 0
                        ? new ContinuousWorkRule(Duration.ofMinutes(60 + 30 * random.nextInt(4)), Duration
                                .ofMinutes(20 + 5 * random.nextInt(4)),
                                Duration.ofMinutes(random.nextBoolean()
                                        ? 0
                                        : 10),
                                random.nextBoolean())
                        : null;
                shift.rules = new ShiftRules(breaks, maxWorkingTime, continuousWork);
            }
        }
    }

    /** Allowed overtime, costs per hour and kilometre, and teams whose workloads are balanced. */
    private static void workTerms(Random random, Draft draft) {
        for (CaregiverDraft caregiver : draft.caregivers) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            Duration overtime = random.nextBoolean() ? Duration.ofMinutes(15 * random.nextInt(5)) : Duration.ZERO;
            double perHour = random.nextBoolean() ? 250 + random.nextInt(200) + random.nextInt(100) / 100.0 : 0;
            double perKm = random.nextBoolean() ? random.nextInt(400) / 100.0 : 0;
            String team = random.nextInt(3) == 0 ? null : random.nextBoolean() ? "north" : "south";
            caregiver.terms = new WorkTerms(overtime, perHour, perKm, team);
        }
    }

    /** Patients who prefer some caregivers (weights 1 to 100) and exclude others. */
    private static void caregiverChoice(Random random, Draft draft) {
        for (VisitDraft visit : draft.visits) {
            for (CaregiverDraft caregiver : draft.caregivers) {
                int roll = random.nextInt(5);
                if (roll == 0) {
                    visit.preferred.put(caregiver.id, 1 + random.nextInt(VisitCare.MAX_PREFERENCE_WEIGHT));
                } else if (roll == 1) {
                    visit.excluded.add(caregiver.id);
                }
            }
        }
    }

    /** Preferred windows inside a hard window (anywhere in the day without one), some with a maximum deviation. */
    private static void preferredWindows(Random random, Draft draft) {
        for (VisitDraft visit : draft.visits) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            TimeWindow hard = visit.windows.isEmpty()
                    ? new TimeWindow(DAY.plusSeconds(3600), DAY.plusSeconds(10 * 3600))
                    : visit.windows.get(random.nextInt(visit.windows.size()));
            long span = hard.end().getEpochSecond() - hard.start().getEpochSecond();
            Instant start = hard.start().plusSeconds(random.nextLong(span / 2 + 1));
            long length = Math.min(300 + random.nextInt(1800), hard.end().getEpochSecond() - start.getEpochSecond());
            visit.preferredWindow = new TimeWindow(start, start.plusSeconds(length));
            visit.maxDeviation = random.nextBoolean() ? Duration.ofMinutes(5 * random.nextInt(12)) : null;
        }
        draft.weights.put("worst-preferred-window-deviation", (long) random.nextInt(4));
    }

    /**
     * For about half of the problems a second day: every shift and (for most patients) every visit again a day
     * later, so patients see caregivers over a horizon; and caps on the caregivers some patients may see.
     */
    private static void secondDay(Random random, Draft draft) {
        if (random.nextBoolean()) {
            for (CaregiverDraft caregiver : draft.caregivers) {
                List<ShiftDraft> copies = new ArrayList<>();
                for (ShiftDraft shift : caregiver.shifts) {
                    copies.add(shift.nextDay());
                }
                caregiver.shifts.addAll(copies);
            }
            List<VisitDraft> copies = new ArrayList<>();
            for (VisitDraft visit : draft.visits) {
                if (random.nextInt(4) != 0) {
                    copies.add(visit.nextDay());
                }
            }
            draft.visits.addAll(copies);
        }
        Set<String> patients = new LinkedHashSet<>();
        draft.visits.forEach(visit -> patients.add(visit.clientId));
        Set<String> capped = new HashSet<>();
        if (random.nextBoolean()) {
            // a two-person visit: two mandatory visits at once for a patient who should see one caregiver
            VisitDraft visit = draft.visits.get(random.nextInt(draft.visits.size()));
            VisitDraft twin = visit.twin(visit.id + "-b");
            visit.mandatory = true;
            twin.mandatory = true;
            visit.value = null;
            twin.value = null;
            draft.visits.add(twin);
            draft.clients.add(new Client(visit.clientId, 1));
            capped.add(visit.clientId);
        }
        for (String patient : patients) {
            if (!capped.contains(patient) && random.nextInt(3) == 0) {
                draft.clients.add(new Client(patient, 1 + random.nextInt(2)));
            }
        }
    }

    /**
     * {@code plan-change} only scores when a generated problem is re-planned from its solved plan
     * ({@code ReplanFullAssertTest}); its weight goes from off through cheap (changes pay) to the default.
     */
    private static void planChangeWeights(Random random, Draft draft) {
        switch (random.nextInt(3)) {
            case 0 -> draft.weights.put("plan-change", 0L);
            case 1 -> draft.weights.put("plan-change", 1L + random.nextInt(60));
            default -> {
                // the default weight
            }
        }
    }

    /**
     * Idle time, total and worst caregiver, weighed in two problems of three each (last ingredient: the draws of the
     * others stay as they were); short or empty routes, breaks and linked visits make them differ.
     */
    private static void idleWeights(Random random, Draft draft) {
        int kind = random.nextInt(3);
        if (kind > 0) {
            draft.weights.put("idle-time", (long) random.nextInt(3));
        }
        if (kind < 2) {
            draft.weights.put("worst-caregiver-idle-time", 1L + random.nextInt(5));
        }
    }

    /** A problem under construction; ingredients edit its fields. */
    public static final class Draft {
        public final String name;
        public final List<CaregiverDraft> caregivers = new ArrayList<>();
        public final List<VisitDraft> visits = new ArrayList<>();
        public final Map<String, Long> weights = new HashMap<>();
        public final List<Client> clients = new ArrayList<>();

        private Draft(String name) {
            this.name = name;
        }

        static Draft base(Random random, long seed, int visitCount, int caregiverCount) {
            Draft draft = new Draft("scenario-" + seed);
            for (int c = 0; c < caregiverCount; c++) {
                CaregiverDraft caregiver = new CaregiverDraft("c" + c);
                caregiver.skills = new LinkedHashSet<>(SKILLS.subList(0, 1 + random.nextInt(SKILLS.size())));
                ShiftDraft shift = new ShiftDraft("s" + c, DAY.plusSeconds(3600), DAY.plusSeconds(10 * 3600), near(
                        random, 0.03));
                caregiver.shifts.add(shift);
                draft.caregivers.add(caregiver);
            }
            for (int v = 0; v < visitCount; v++) {
                VisitDraft visit = new VisitDraft("v" + v, near(random, 0.12));
                visit.clientId = "p" + v / 2;
                visit.duration = Duration.ofMinutes(10 + 5 * random.nextInt(8));
                draft.visits.add(visit);
            }
            return draft;
        }

        public Problem build() {
            return new Problem(name, ZoneId.of("Europe/Stockholm"), TimeFormat.ISO, HaversineTravel.defaults(),
                    caregivers.stream().map(CaregiverDraft::build).toList(), visits.stream().map(VisitDraft::build)
                            .toList(),
                    weights, clients);
        }
    }

    /** A caregiver under construction. */
    public static final class CaregiverDraft {
        public final String id;
        public Set<String> skills = Set.of();
        public TransportMode mode = TransportMode.CAR;
        public long capacity = Caregiver.UNLIMITED_CAPACITY;
        public WorkTerms terms = WorkTerms.NONE;
        public final List<ShiftDraft> shifts = new ArrayList<>();

        CaregiverDraft(String id) {
            this.id = id;
        }

        Caregiver build() {
            return new Caregiver(id, null, skills, mode, capacity, shifts.stream().map(ShiftDraft::build).toList(),
                    terms);
        }
    }

    /** A shift under construction. */
    public static final class ShiftDraft {
        public final String id;
        public Instant start;
        public Instant end;
        public GeoLocation location;
        public boolean openEnd;
        public ShiftRules rules = ShiftRules.NONE;

        ShiftDraft(String id, Instant start, Instant end, GeoLocation location) {
            this.id = id;
            this.start = start;
            this.end = end;
            this.location = location;
        }

        Shift build() {
            return new Shift(id, start, end, location, openEnd ? null : location, rules);
        }

        /** The same shift a day later. */
        ShiftDraft nextDay() {
            ShiftDraft copy = new ShiftDraft(id + "-d2", start.plus(ONE_DAY), end.plus(ONE_DAY), location);
            copy.openEnd = openEnd;
            copy.rules = new ShiftRules(rules.breaks().stream().map(b -> new ShiftBreak(b.duration(), b
                    .earliestStart().plus(ONE_DAY), b.latestEnd().plus(ONE_DAY), b.missable())).toList(),
                    rules.maxWorkingTime(),
                    rules.continuousWork());
            return copy;
        }
    }

    /** A visit under construction. */
    public static final class VisitDraft {
        public final String id;
        public String clientId;
        public GeoLocation location;
        public Duration duration = Duration.ofMinutes(20);
        public List<TimeWindow> windows = List.of();
        public Set<String> requiredSkills = Set.of();
        public int priority = 1;
        public boolean mandatory;
        public long demand;
        public List<VisitPart> parts = List.of();
        public List<VisitDependency> dependencies = List.of();
        public String pinnedCaregiverId;
        public Instant pinnedStart;
        public final Map<String, Integer> preferred = new HashMap<>();
        public final Set<String> excluded = new HashSet<>();
        public TimeWindow preferredWindow;
        public Duration maxDeviation;
        public Long value;
        public boolean softWindows;

        VisitDraft(String id, GeoLocation location) {
            this.id = id;
            this.location = location;
        }

        Visit build() {
            return new Visit(id, clientId, null, location, duration, windows, requiredSkills, priority, mandatory,
                    demand, new VisitCare(preferred, excluded, preferredWindow, maxDeviation, value, softWindows),
                    new VisitLinks(parts,
                            dependencies, pinnedCaregiverId, pinnedStart));
        }

        /** The same visit, for the same patient, a day later. */
        VisitDraft nextDay() {
            VisitDraft copy = twin(id + "-d2");
            copy.windows = windows.stream().map(VisitDraft::nextDay).toList();
            copy.preferredWindow = preferredWindow == null ? null : nextDay(preferredWindow);
            return copy;
        }

        /** A copy of this visit under another id. */
        VisitDraft twin(String twinId) {
            VisitDraft copy = new VisitDraft(twinId, location);
            copy.clientId = clientId;
            copy.duration = duration;
            copy.windows = windows;
            copy.requiredSkills = requiredSkills;
            copy.priority = priority;
            copy.mandatory = mandatory;
            copy.demand = demand;
            copy.preferred.putAll(preferred);
            copy.excluded.addAll(excluded);
            copy.preferredWindow = preferredWindow;
            copy.maxDeviation = maxDeviation;
            copy.value = value;
            copy.softWindows = softWindows;
            return copy;
        }

        private static TimeWindow nextDay(TimeWindow window) {
            return new TimeWindow(window.start().plus(ONE_DAY), window.end().plus(ONE_DAY));
        }
    }

    private static GeoLocation near(Random random, double spread) {
        return new GeoLocation(BASE.lat() + (random.nextDouble() - 0.5) * spread, BASE.lon() + (random.nextDouble()
                - 0.5) * spread * 2);
    }
}
