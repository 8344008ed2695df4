package org.careroute.datasets.region;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftBreak;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.Visit;
import org.careroute.datasets.Apportion;
import org.careroute.datasets.region.RegionGenerator.Patient;
import org.careroute.datasets.region.RegionProfile.Team;
import org.careroute.datasets.region.RegionProfile.Town;
import org.careroute.datasets.region.RegionProfile.VisitKind;
import org.careroute.datasets.region.RegionProfile.WindowRule;

/**
 * A planted region day: the routes come first. The staff is the regular generator's; every shift then drives a
 * route from its base through patients placed around the towns its base serves, each visit of a kind of its team
 * whose window admits the time the caregiver gets there (waiting at most {@value #MAX_WAIT_MINUTES} minutes), with
 * the meal break where careroute takes it, back before the shift ends. The visits' windows are the kinds' windows
 * around those times (a fixed time with a tolerance that covers the planned start, a flexible range), so the day has
 * the usual slack; {@value #OPTIONAL_SHARE} of the visits are optional extras drawn like the regular generator's
 * and left out of the plan. {@link PlantedPlan} then times the routes with careroute's own route timing and checks
 * the plan with the independent verifier.
 */
final class PlantedGenerator {

    /** Share of the visits that are optional extras, not in the planted plan. */
    static final double OPTIONAL_SHARE = 0.1;
    private static final int MAX_WAIT_MINUTES = 45;
    /** Patients tried in a row before a route ends. */
    private static final int DRAWS = 40;
    /** Drive minutes at which a town weighs a quarter of its population in the choice of the next patient. */
    private static final double NEAR_MINUTES = 15;
    /** Kinds tried for one patient. */
    private static final int KIND_DRAWS = 10;
    /** Minutes kept free before the shift end (the drive back is exact; this is slack for the day). */
    private static final long END_MARGIN_SECONDS = 10 * 60;

    private final RegionGenerator generator;
    private final RegionProfile profile;
    private final List<Visit> planted = new ArrayList<>();
    private final List<PlantedPlan.Route> routes = new ArrayList<>();

    private PlantedGenerator(GenerateRequest request) {
        this.generator = new RegionGenerator(request);
        this.profile = generator.profile;
    }

    static GeneratedDay generate(GenerateRequest request) {
        return new PlantedGenerator(request).build();
    }

    private GeneratedDay build() {
        GenerateRequest request = generator.request;
        List<Caregiver> caregivers = new ArrayList<>();
        List<List<Integer>> onDuty = generator.caregivers(generator.staffing(), caregivers);
        double[] capacity = generator.capacity(onDuty);
        int extras = (int) Math.round(request.visits() * OPTIONAL_SHARE);
        int[] quotas = Apportion.largestRemainder(capacity, request.visits() - extras);
        List<Team> teams = profile.teams();
        for (int day = 0; day < request.days(); day++) {
            LocalDate date = request.startDate().plusDays(day);
            for (int t = 0; t < teams.size(); t++) {
                Team team = teams.get(t);
                List<Caregiver> members = caregivers.stream().filter(c -> c.terms().team().startsWith(team.id()
                        + ", ") && c.shifts().stream().anyMatch(s -> s.id().endsWith(date.toString()))).toList();
                int[] perShift = Apportion.largestRemainder(ones(members.size()), quotas[day * teams.size()
                        + t]);
                for (int m = 0; m < members.size(); m++) {
                    Caregiver caregiver = members.get(m);
                    Shift shift = caregiver.shifts().stream().filter(s -> s.id().endsWith(date.toString()))
                            .findFirst().orElseThrow();
                    route(day, date, team, t, caregiver, shift, perShift[m]);
                }
            }
        }
        int plannedCount = planted.size();
        List<Visit> optional = extras(request.visits() - plannedCount, onDuty);
        return PlantedPlan.of(problem(caregivers, optional), routes);
    }

    private static double[] ones(int n) {
        double[] weights = new double[n];
        java.util.Arrays.fill(weights, 1);
        return weights;
    }

    /**
     * The problem: staff, planted visits and the optional extras, numbered by window and patient (the routes follow
     * the new ids).
     */
    private Problem problem(List<Caregiver> caregivers, List<Visit> optional) {
        List<Visit> drawn = new ArrayList<>(planted);
        drawn.addAll(optional);
        drawn.sort(Comparator.comparing((Visit v) -> v.timeWindows().getFirst().start()).thenComparing(
                Visit::clientId));
        int width = Integer.toString(drawn.size()).length();
        Map<String, String> ids = new java.util.HashMap<>();
        List<Visit> all = new ArrayList<>(drawn.size());
        for (Visit v : drawn) {
            String id = "v" + RegionGenerator.pad(all.size() + 1, width);
            ids.put(v.id(), id);
            all.add(new Visit(id, v.clientId(), v.name(), v.location(), v.duration(), v.timeWindows(), v
                    .requiredSkills(), v.priority(), v.mandatory(), 0));
        }
        routes.replaceAll(r -> new PlantedPlan.Route(r.shiftId(), r.caregiverId(), r.visitIds().stream().map(
                ids::get).toList()));
        GenerateRequest request = generator.request;
        String name = String.format(Locale.ROOT, "%s, %s%s: %d visits, %d caregivers, seed %d, planted",
                profile.title(), request.startDate(), request.days() > 1
                        ? " + " + (request.days() - 1) + " days"
                        : "",
                all.size(), caregivers.size(), request.seed());
        return new Problem(name, profile.zone(), TimeFormat.ISO, VisitWindows.travel(profile), caregivers, all, Map
                .of());
    }

    /** Drives one shift's route of up to {@code target} visits and records it. */
    private void route(int day, LocalDate date, Team team, int teamIndex, Caregiver caregiver, Shift shift,
            int target) {
        GeoLocation base = (GeoLocation) shift.startLocation();
        int baseIndex = baseIndex(base);
        List<Town> towns = servedTowns(day, teamIndex, baseIndex);
        ShiftBreak meal = shift.rules().breaks().isEmpty() ? null : shift.rules().breaks().getFirst();
        long time = shift.start().getEpochSecond();
        GeoLocation here = base;
        boolean breakPending = meal != null;
        List<String> ids = new ArrayList<>();
        for (int failures = 0; ids.size() < target && failures < DRAWS;) {
            Candidate c = candidate(date, team, towns, here, time, breakPending ? meal : null, shift);
            if (c == null) {
                failures++;
                continue;
            }
            failures = 0;
            String id = "planted-" + planted.size();
            planted.add(new Visit(id, c.patient.id, c.kind.label() + ", " + c.patient.town.name(), c.patient.location,
                    Duration.ofMinutes(c.minutes), List.of(c.window), c.kind.requiredSkills(), c.kind.priority(), c.kind
                            .mandatory(),
                    0));
            ids.add(id);
            time = c.start + c.minutes * 60L;
            here = c.patient.location;
            breakPending &= !c.breakTaken;
        }
        routes.add(new PlantedPlan.Route(shift.id(), caregiver.id(), ids));
    }

    /**
     * A visit the caregiver free at {@code time} at {@code here} can make next, or null: a new patient in one of the
     * towns, then kinds drawn until one fits the arrival. The meal break follows careroute's rule (solver-core
     * README, "Break placement"): taken before leaving when its window is open or arriving would be after its latest
     * start; on arrival when it fits into the wait for the window or the service would end after its latest start;
     * after the last visit when the caregiver would be back after its latest start.
     */
    private Candidate candidate(LocalDate date, Team team, List<Town> towns, GeoLocation here, long time,
            ShiftBreak meal, Shift shift) {
        // a route works an area: towns weigh by population and nearness to where the caregiver is
        double[] weights = new double[towns.size()];
        for (int i = 0; i < weights.length; i++) {
            Town town = towns.get(i);
            double minutes = drive(here, new GeoLocation(town.lat(), town.lon())) / 60.0;
            weights[i] = Math.max(1, town.population()) / Math.pow(1 + minutes / NEAR_MINUTES, 2);
        }
        Patient patient = generator.newPatient(towns.get(generator.drawIndex(weights)));
        long drive = drive(here, patient.location);
        long leave = time;
        boolean breakTaken = false;
        if (meal != null && (time >= meal.earliestStart().getEpochSecond() || time + drive > latestStart(meal))) {
            long breakStart = Math.max(time, meal.earliestStart().getEpochSecond());
            if (breakStart > latestStart(meal)) {
                return null;
            }
            leave = breakStart + meal.duration().toSeconds();
            breakTaken = true;
        }
        long arrival = leave + drive;
        long back = drive(patient.location, (GeoLocation) shift.endLocation());
        for (int draw = 0; draw < KIND_DRAWS; draw++) {
            VisitKind kind = generator.draw(profile.kindsOf(team));
            int minutes = kind.durationsMinutes()[generator.random.nextInt(kind.durationsMinutes().length)];
            long service = minutes * 60L;
            Slot slot = slot(kind.window(), team, date, minutes, arrival);
            if (slot == null) {
                continue;
            }
            long start = slot.start;
            boolean takenHere = breakTaken;
            if (meal != null && !breakTaken) {
                long breakStart = Math.max(arrival, meal.earliestStart().getEpochSecond());
                boolean waitForService = start + service <= latestStart(meal) && breakStart + meal.duration()
                        .toSeconds() > start;
                if (!waitForService) {
                    if (breakStart > latestStart(meal)) {
                        continue;
                    }
                    start = Math.max(start, breakStart + meal.duration().toSeconds());
                    if (start > slot.window.end().getEpochSecond()) {
                        continue;
                    }
                    takenHere = true;
                }
            }
            long end = start + service;
            long home = end + back;
            if (meal != null && !takenHere && home > latestStart(meal)) {
                long breakStart = Math.max(end, meal.earliestStart().getEpochSecond());
                if (breakStart > latestStart(meal)) {
                    continue;
                }
                home = breakStart + meal.duration().toSeconds() + back;
            }
            if (home <= shift.end().getEpochSecond() - END_MARGIN_SECONDS) {
                return new Candidate(kind, minutes, patient, start, slot.window, takenHere);
            }
        }
        return null;
    }

    private static long latestStart(ShiftBreak meal) {
        return meal.latestStart().getEpochSecond();
    }

    /**
     * When a visit of a kind arriving at {@code arrival} starts (on arrival, or after a wait of at most
     * {@value #MAX_WAIT_MINUTES} minutes for its window) and its window, or null when the kind does not fit then.
     */
    private Slot slot(WindowRule rule, Team team, LocalDate date, int minutes, long arrival) {
        return switch (rule) {
            case WindowRule.Fixed fixed -> {
                int[] tolerances = fixed.toleranceMinutes().clone();
                java.util.Arrays.sort(tolerances);
                for (LocalTime time : fixed.times()) {
                    long target = generator.at(VisitWindows.dateOf(team, date, time), time).getEpochSecond();
                    for (int tolerance : tolerances) {
                        long open = target - tolerance * 60L;
                        long close = target + tolerance * 60L;
                        if (arrival <= close && open - arrival <= MAX_WAIT_MINUTES * 60L) {
                            yield new Slot(Math.max(arrival, open), new TimeWindow(Instant.ofEpochSecond(open),
                                    Instant.ofEpochSecond(close)));
                        }
                    }
                }
                yield null;
            }
            case WindowRule.Flexible flexible -> {
                TimeWindow window = generator.windows.flexible(flexible, team, date, minutes);
                long open = window.start().getEpochSecond();
                boolean fits = arrival <= window.end().getEpochSecond() && open - arrival <= MAX_WAIT_MINUTES * 60L;
                yield fits ? new Slot(Math.max(arrival, open), window) : null;
            }
            case WindowRule.OneOf oneOf -> oneOf.rules().stream().map(r -> slot(r, team, date, minutes, arrival))
                    .filter(s -> s != null).min(Comparator.comparingLong(Slot::start)).orElse(null);
        };
    }

    /** Optional visits drawn like the regular generator's (kind, patient, window), not in the planted plan. */
    private List<Visit> extras(int count, List<List<Integer>> onDuty) {
        List<Visit> visits = new ArrayList<>();
        if (count <= 0) {
            return visits;
        }
        List<Team> teams = profile.teams();
        int[] quotas = Apportion.largestRemainder(generator.capacity(onDuty), count);
        for (int slot = 0; slot < quotas.length; slot++) {
            int day = slot / teams.size();
            Team team = teams.get(slot % teams.size());
            LocalDate date = generator.request.startDate().plusDays(day);
            for (int i = 0; i < quotas[slot]; i++) {
                VisitKind kind = generator.draw(profile.kindsOf(team));
                int minutes = kind.durationsMinutes()[generator.random.nextInt(kind.durationsMinutes().length)];
                Town town = profile.towns().get(generator.random.nextInt(profile.towns().size()));
                Patient patient = generator.newPatient(town);
                Town base = profile.bases().get(generator.nearestStaffedBase(town, generator.onDutyAtBase[day][slot
                        % teams.size()]));
                TimeWindow window = generator.windows.reachable(generator.windows.draw(kind.window(), team, date,
                        minutes), team, date, minutes, generator.windows.driveSeconds(base, patient.location));
                visits.add(new Visit("extra-" + visits.size(), patient.id, kind.label() + ", " + town.name(),
                        patient.location, Duration.ofMinutes(minutes), List.of(window), kind.requiredSkills(), kind
                                .priority(),
                        false, 0));
            }
        }
        return visits;
    }

    private int baseIndex(GeoLocation location) {
        for (int i = 0; i < profile.bases().size(); i++) {
            Town base = profile.bases().get(i);
            if (base.lat() == location.lat() && base.lon() == location.lon()) {
                return i;
            }
        }
        throw new IllegalStateException("No base at " + location);
    }

    /** The towns whose nearest base with the team on duty that day is this one (at least the base's own town). */
    private List<Town> servedTowns(int day, int team, int base) {
        List<Town> towns = new ArrayList<>();
        for (Town town : profile.towns()) {
            if (generator.nearestStaffedBase(town, generator.onDutyAtBase[day][team]) == base) {
                towns.add(town);
            }
        }
        if (towns.isEmpty()) {
            Town b = profile.bases().get(base);
            towns.add(new Town(b.name(), b.lat(), b.lon(), 1, 1.5));
        }
        return towns;
    }

    private long drive(GeoLocation from, GeoLocation to) {
        return generator.windows.driveSeconds(from, to);
    }

    private record Slot(long start, TimeWindow window) {
    }

    private record Candidate(VisitKind kind, int minutes, Patient patient, long start, TimeWindow window,
            boolean breakTaken) {
    }
}
