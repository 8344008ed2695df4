package org.careroute.datasets.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Client;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftBreak;
import org.careroute.core.api.model.ShiftRules;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.VisitCare;

/**
 * A week (Monday 1 to Sunday 7 March 2027) of municipal home nursing around Karlstad with the patient-care rules in
 * use: recurring patients, preferred and excluded caregivers, preferred windows (some with a cap on the
 * deviation), mandatory and optional visits with priorities, and caps on the number of distinct caregivers.
 *
 * <p>
 * Built from {@link VarmlandSample}: its one-day problem gives the team (caregivers, bases, shifts and whatever
 * rules the shifts carry) and the patients' daily needs. Every caregiver works five days out of seven (two days
 * off, rotating through the team), their day's shift repeated on those days. Every need recurs on several days:
 * mandatory ones every day somebody qualified is on duty, optional ones on two to five days; a need is only placed
 * on days when a qualified caregiver works at that time. The same seed always gives the same problem.
 */
public final class VarmlandWeek {

    public static final long DEFAULT_SEED = 2027;
    /** Needs per day in the template; about 1500 visits over the week. */
    public static final int TEMPLATE_VISITS = 430;
    public static final int CAREGIVERS = 30;
    public static final int DAYS = 7;
    private static final long DAY_SECONDS = 86_400;

    private final Random random;
    private final Problem template;
    private final long seed;
    /** Mandatory visits placed per day, skill set and window (see {@link #takeMandatorySlot}). */
    private final Map<String, Integer> mandatorySlots = new HashMap<>();

    private VarmlandWeek(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
        this.template = VarmlandSample.problem(TEMPLATE_VISITS, CAREGIVERS, seed);
    }

    /** The shipped week: {@value #CAREGIVERS} caregivers, about 1500 visits. */
    public static Problem problem() {
        return problem(DEFAULT_SEED);
    }

    public static Problem problem(long seed) {
        return new VarmlandWeek(seed).build();
    }

    /** Writes the week: {@code VarmlandWeek [OUTPUT [SEED]]}, by default to datasets/samples/varmland-week.json. */
    public static void main(String[] args) throws IOException {
        Path output = Path.of(args.length > 0 ? args[0] : "datasets/samples/varmland-week.json");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        VarmlandSample.writeJson(problem(seed), output);
    }

    private Problem build() {
        List<Caregiver> caregivers = caregivers();
        Map<String, Caregiver> byId = new HashMap<>();
        caregivers.forEach(c -> byId.put(c.id(), c));
        Map<String, List<Visit>> needsByClient = new LinkedHashMap<>();
        for (Visit need : template.visits()) {
            needsByClient.computeIfAbsent(need.clientId(), k -> new ArrayList<>()).add(need);
        }
        List<Visit> visits = new ArrayList<>();
        List<Client> clients = new ArrayList<>();
        for (Map.Entry<String, List<Visit>> entry : needsByClient.entrySet()) {
            List<Visit> ofClient = patientWeek(entry.getValue(), caregivers);
            visits.addAll(ofClient);
            capFor(entry.getKey(), ofClient).ifPresent(clients::add);
        }
        visits.sort((a, b) -> a.timeWindows().getFirst().start().compareTo(b.timeWindows().getFirst().start()));
        List<Visit> numbered = new ArrayList<>();
        for (Visit v : visits) {
            String id = "v" + VarmlandSample.pad(numbered.size() + 1, 4);
            numbered.add(new Visit(id, v.clientId(), v.name(), v.location(), v.duration(), v.timeWindows(), v
                    .requiredSkills(), v.priority(), v.mandatory(), v.demand(), v.care(), v.links()));
        }
        String name = String.format(Locale.ROOT, "Värmland home nursing, week of %s (%d visits, %d caregivers,"
                + " seed %d)", VarmlandSample.DAY, numbered.size(), caregivers.size(), seed);
        return new Problem(name, template.timeZone(), template.timeFormat(), template.travel(), caregivers,
                numbered, Map.of(), clients);
    }

    /** The template's caregivers, each working its shift on five days: two days off, rotating through the team. */
    private List<Caregiver> caregivers() {
        List<Caregiver> caregivers = new ArrayList<>();
        List<Caregiver> team = template.caregivers();
        for (int c = 0; c < team.size(); c++) {
            Caregiver caregiver = team.get(c);
            int offA = (2 * c) % DAYS;
            int offB = (2 * c + 1) % DAYS;
            List<Shift> shifts = new ArrayList<>();
            for (Shift shift : caregiver.shifts()) {
                for (int day = 0; day < DAYS; day++) {
                    if (day != offA && day != offB) {
                        shifts.add(onDay(shift, day));
                    }
                }
            }
            caregivers.add(new Caregiver(caregiver.id(), caregiver.name(), caregiver.skills(), caregiver
                    .transportMode(), caregiver.capacity(), shifts, caregiver.terms()));
        }
        return caregivers;
    }

    /** The shift moved by {@code day} days, with the same rules; the id gets the day, e.g. {@code cg-01-day-d3}. */
    private static Shift onDay(Shift shift, int day) {
        long offset = day * DAY_SECONDS;
        return new Shift(shift.id() + "-d" + (day + 1), shift.start().plusSeconds(offset), shift.end().plusSeconds(
                offset), shift.startLocation(), shift.endLocation(), shifted(shift.rules(), offset));
    }

    /** A patient's visits over the week, with the patient's preferences applied to each. */
    private List<Visit> patientWeek(List<Visit> needs, List<Caregiver> caregivers) {
        Map<String, Integer> preferred = new HashMap<>();
        String excluded = null;
        if (random.nextInt(10) < 4) {
            List<Caregiver> qualified = qualifiedForAll(needs, caregivers);
            if (!qualified.isEmpty()) {
                preferred.put(qualified.get(random.nextInt(qualified.size())).id(), 3);
                Caregiver second = qualified.get(random.nextInt(qualified.size()));
                preferred.putIfAbsent(second.id(), 1);
            }
        }
        if (random.nextInt(100) < 8) {
            Caregiver candidate = caregivers.get(random.nextInt(caregivers.size()));
            if (!preferred.containsKey(candidate.id())) {
                excluded = candidate.id();
            }
        }
        List<Visit> week = new ArrayList<>();
        for (Visit need : needs) {
            int frequency = need.mandatory() ? DAYS : 2 + random.nextInt(4);
            int[] onDuty = qualifiedOnDuty(need, caregivers, excluded);
            List<Integer> days = new ArrayList<>();
            for (int day = 0; day < DAYS; day++) {
                if (onDuty[day] > 0 && (!need.mandatory() || takeMandatorySlot(need, day, onDuty[day]))) {
                    days.add(day);
                }
            }
            java.util.Collections.shuffle(days, random);
            for (int day : days.subList(0, Math.min(frequency, days.size())).stream().sorted().toList()) {
                week.add(onDay(need, day, care(need, day, preferred, excluded, caregivers)));
            }
        }
        return week;
    }

    /**
     * Whether a mandatory need still fits on the day: the qualified caregivers on duty can do as many visits with
     * the same skills and window as fit into the window (service plus 25 minutes of driving each).
     */
    private boolean takeMandatorySlot(Visit need, int day, int qualifiedOnDuty) {
        TimeWindow window = need.timeWindows().getFirst();
        long windowMinutes = (window.end().getEpochSecond() - window.start().getEpochSecond()) / 60;
        long perCaregiver = Math.max(1, windowMinutes / (need.duration().toMinutes() + 25));
        String key = day + " " + need.requiredSkills() + " " + window.start() + " " + window.end();
        int used = mandatorySlots.merge(key, 1, Integer::sum);
        if (used > qualifiedOnDuty * perCaregiver) {
            mandatorySlots.merge(key, -1, Integer::sum);
            return false;
        }
        return true;
    }

    /** Caregivers holding every skill the patient's needs require. */
    private static List<Caregiver> qualifiedForAll(List<Visit> needs, List<Caregiver> caregivers) {
        return caregivers.stream().filter(c -> needs.stream().allMatch(v -> c.skills().containsAll(v
                .requiredSkills()))).toList();
    }

    /** Per day, the qualified, not excluded caregivers with a shift overlapping the need's first window. */
    private static int[] qualifiedOnDuty(Visit need, List<Caregiver> caregivers, String excluded) {
        int[] counts = new int[DAYS];
        for (int day = 0; day < DAYS; day++) {
            TimeWindow window = shifted(need.timeWindows().getFirst(), day);
            for (Caregiver caregiver : caregivers) {
                if (caregiver.id().equals(excluded) || !caregiver.skills().containsAll(need.requiredSkills())) {
                    continue;
                }
                for (Shift shift : caregiver.shifts()) {
                    if (!shift.start().isAfter(window.end()) && !shift.end().isBefore(window.start())) {
                        counts[day]++;
                        break;
                    }
                }
            }
        }
        return counts;
    }

    /**
     * The visit's care: the patient's preferred caregivers who can do it, the excluded one, and for a third of the
     * visits with a window of at least an hour a 30-minute preferred window, a third of those capped at 45 minutes.
     */
    private VisitCare care(Visit need, int day, Map<String, Integer> preferred, String excluded,
            List<Caregiver> caregivers) {
        Map<String, Integer> able = new HashMap<>();
        preferred.forEach((id, weight) -> {
            if (caregivers.stream().anyMatch(c -> c.id().equals(id) && c.skills().containsAll(need
                    .requiredSkills()))) {
                able.put(id, weight);
            }
        });
        TimeWindow preferredWindow = null;
        Duration cap = null;
        TimeWindow hard = shifted(need.timeWindows().getFirst(), day);
        long span = hard.end().getEpochSecond() - hard.start().getEpochSecond();
        if (span >= 3600 && random.nextInt(3) == 0) {
            long offset = 900L * random.nextInt((int) ((span - 1800) / 900) + 1);
            Instant start = hard.start().plusSeconds(offset);
            preferredWindow = new TimeWindow(start, start.plusSeconds(1800));
            cap = random.nextInt(3) == 0 ? Duration.ofMinutes(45) : null;
        }
        return new VisitCare(able, excluded == null ? Set.of() : Set.of(excluded), preferredWindow, cap);
    }

    private static Visit onDay(Visit need, int day, VisitCare care) {
        List<TimeWindow> windows = need.timeWindows().stream().map(w -> shifted(w, day)).toList();
        return new Visit("pending", need.clientId(), need.name(), need.location(), need.duration(), windows, need
                .requiredSkills(), need.priority(), need.mandatory(), need.demand(), care, need.links());
    }

    private static TimeWindow shifted(TimeWindow window, int day) {
        return new TimeWindow(window.start().plusSeconds(day * DAY_SECONDS), window.end().plusSeconds(day
                * DAY_SECONDS));
    }

    /** Patients seen only in day shifts, at least five times, get a cap of four caregivers over the week. */
    private java.util.Optional<Client> capFor(String clientId, List<Visit> visits) {
        boolean dayOnly = visits.stream().allMatch(v -> v.timeWindows().getLast().end().atZone(template.timeZone())
                .getHour() < 15);
        if (dayOnly && visits.size() >= 5 && random.nextInt(3) == 0) {
            return java.util.Optional.of(new Client(clientId, 4));
        }
        return java.util.Optional.empty();
    }

    /** The same rules with every break window moved by {@code offsetSeconds} (breaks are absolute times). */
    private static ShiftRules shifted(ShiftRules rules, long offsetSeconds) {
        List<ShiftBreak> breaks = new ArrayList<>();
        for (ShiftBreak b : rules.breaks()) {
            breaks.add(new ShiftBreak(b.duration(), b.earliestStart().plusSeconds(offsetSeconds), b.latestEnd()
                    .plusSeconds(offsetSeconds)));
        }
        return new ShiftRules(breaks, rules.maxWorkingTime(), rules.continuousWork());
    }
}
