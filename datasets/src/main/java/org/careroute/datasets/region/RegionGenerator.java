package org.careroute.datasets.region;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.careroute.core.api.model.Caregiver;
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
import org.careroute.core.api.model.WorkTerms;
import org.careroute.datasets.Apportion;
import org.careroute.datasets.region.RegionProfile.Team;
import org.careroute.datasets.region.RegionProfile.Town;
import org.careroute.datasets.region.RegionProfile.VisitKind;
import org.careroute.datasets.region.RegionProfile.WindowRule;

/**
 * Generates a home-care problem for a region profile: caregivers of every team spread over the bases (in proportion
 * to the population each base serves) with one shift per working day, and visits drawn per day and team in
 * proportion to what the team's staff on duty can do, for patients placed around the towns by population. On
 * horizons of several days patients recur: a visit kind goes to a patient who had it before with the kind's
 * recurrence probability, so the same patients are seen on several days.
 *
 * <p>
 * Deterministic: the same request always gives the same problem (one seeded {@link Random}, fixed iteration order).
 */
public final class RegionGenerator {

    /** Above this share of the working time (visits plus expected driving) a problem cannot be planned. */
    static final double MAX_LOAD = 0.92;
    /** The share of a team's minutes in any stretch of time that its mandatory visits due in it may take. */
    static final double MANDATORY_PEAK_SHARE = 0.7;
    private static final double KM_PER_DEGREE_LAT = 111.2;
    private static final double JOIN_SAME_DAY = 0.25;

    final GenerateRequest request;
    final RegionProfile profile;
    final Random random;
    final VisitWindows windows;
    private final List<Patient> patients = new ArrayList<>();
    private final double[] townWeights;
    /** Caregivers on duty per day, team and base ({@link #caregivers}). */
    int[][][] onDutyAtBase;

    RegionGenerator(GenerateRequest request) {
        this.request = request;
        this.profile = served(request.profile(), request.caregivers());
        this.random = new Random(request.seed());
        this.windows = new VisitWindows(profile, random);
        this.townWeights = new double[profile.towns().size()];
        for (int i = 0; i < townWeights.length; i++) {
            townWeights[i] = profile.towns().get(i).population();
        }
    }

    /**
     * The problem for a request.
     *
     * @throws IllegalArgumentException
     *             when there are fewer caregivers than teams, or more visits than the caregivers can make (the
     *             message says how many caregivers would do)
     */
    public static Problem generate(GenerateRequest request) {
        return generateDay(request).problem();
    }

    /**
     * The problem for a request with the generator's report: every visit of a mandatory kind that it made optional,
     * and why.
     *
     * @throws IllegalArgumentException
     *             as {@link #generate}
     */
    public static GeneratedDay generateDay(GenerateRequest request) {
        return new RegionGenerator(request).build();
    }

    /**
     * A planted day: the same staff, with visits derived from routes that keep every rule, and the plan of those
     * routes ({@link GeneratedDay#plantedPlan()}), checked by careroute's independent verifier; a tenth of the visits
     * are optional extras outside the plan. See {@code datasets/README.md}.
     *
     * @throws IllegalArgumentException
     *             as {@link #generate}
     */
    public static GeneratedDay generatePlanted(GenerateRequest request) {
        return PlantedGenerator.generate(request);
    }

    /**
     * The part of the region a staff of this size serves: the first bases of the profile (about two caregivers per
     * team and base) and the towns nearer to one of them than to any other base. A five-person team covers the
     * towns around its base; the whole region needs every base.
     */
    static RegionProfile served(RegionProfile profile, int caregivers) {
        int used = Math.clamp(caregivers / (2L * profile.teams().size()), 1, profile.bases().size());
        if (used == profile.bases().size()) {
            return profile;
        }
        List<Town> bases = profile.bases().subList(0, used);
        List<Town> towns = new ArrayList<>();
        for (Town town : profile.towns()) {
            if (nearest(profile.bases(), town) < used) {
                towns.add(town);
            }
        }
        return new RegionProfile(profile.id(), profile.title(), profile.zone(), profile.carSpeedKmh(), profile
                .detourFactor(), bases, towns, profile.teams(), profile.kinds());
    }

    /**
     * The number of visits that gives the profile's intended workload (each team busy for its utilisation share of
     * its shifts) for a staff size and horizon: a good default for {@code --visits}.
     */
    public static int typicalVisits(RegionProfile profile, int caregivers, int days) {
        RegionGenerator generator = new RegionGenerator(new GenerateRequest(profile, 1, caregivers, days, 0, null));
        double[] capacity = generator.capacity(generator.caregivers(generator.staffing(), new ArrayList<>()));
        double sum = 0;
        for (double c : capacity) {
            sum += c;
        }
        return Math.max(1, (int) Math.floor(sum));
    }

    private GeneratedDay build() {
        Map<Team, Integer> staff = staffing();
        List<Caregiver> caregivers = new ArrayList<>();
        List<List<Integer>> onDuty = caregivers(staff, caregivers);
        Map<String, String> peaks = new LinkedHashMap<>();
        List<Visit> visits = visits(onDuty, peaks);
        String name = String.format(Locale.ROOT, "%s, %s%s: %d visits, %d caregivers, seed %d", profile.title(),
                request.startDate(), request.days() > 1 ? " + " + (request.days() - 1) + " days" : "", visits.size(),
                caregivers.size(), request.seed());
        HaversineTravel travel = VisitWindows.travel(profile);
        Problem problem = new Problem(name, profile.zone(), TimeFormat.ISO, travel, caregivers, visits, Map.of());
        return GeneratedDay.plannable(problem, peaks);
    }

    /** Caregivers per team: the team's share, at least one each (largest remainder). */
    Map<Team, Integer> staffing() {
        List<Team> teams = profile.teams();
        if (request.caregivers() < teams.size()) {
            throw new IllegalArgumentException("Region " + profile.id() + " has " + teams.size() + " teams; use at"
                    + " least " + teams.size() + " caregivers (one per team), not " + request.caregivers() + ".");
        }
        double[] shares = new double[teams.size()];
        for (int i = 0; i < shares.length; i++) {
            shares[i] = teams.get(i).staffShare();
        }
        int[] counts = Apportion.largestRemainder(shares, request.caregivers() - teams.size());
        Map<Team, Integer> staff = new LinkedHashMap<>();
        for (int i = 0; i < teams.size(); i++) {
            staff.put(teams.get(i), counts[i] + 1);
        }
        return staff;
    }

    /**
     * Creates the caregivers with their shifts; returns, per day, for every team index the number of caregivers on
     * duty (flattened as day * teams + team).
     */
    List<List<Integer>> caregivers(Map<Team, Integer> staff, List<Caregiver> out) {
        int width = Integer.toString(request.caregivers()).length();
        double[] baseWeights = baseWeights();
        List<List<Integer>> onDuty = new ArrayList<>();
        for (int day = 0; day < request.days(); day++) {
            List<Integer> perTeam = new ArrayList<>();
            for (int t = 0; t < profile.teams().size(); t++) {
                perTeam.add(0);
            }
            onDuty.add(perTeam);
        }
        onDutyAtBase = new int[request.days()][profile.teams().size()][profile.bases().size()];
        int teamIndex = 0;
        for (Map.Entry<Team, Integer> entry : staff.entrySet()) {
            Team team = entry.getKey();
            double[] current = new double[baseWeights.length];
            for (int member = 0; member < entry.getValue(); member++) {
                int baseIndex = nextBase(baseWeights, current);
                Town base = profile.bases().get(baseIndex);
                String id = "cg-" + pad(out.size() + 1, width);
                GeoLocation home = new GeoLocation(base.lat(), base.lon());
                List<Shift> shifts = new ArrayList<>();
                for (int day = 0; day < request.days(); day++) {
                    LocalDate date = request.startDate().plusDays(day);
                    if (!works(team, member, date)) {
                        continue;
                    }
                    Instant start = at(date, team.start());
                    Instant end = at(team.overnight() ? date.plusDays(1) : date, team.end());
                    shifts.add(new Shift(id + "-" + date, start, end, home, home, rules(start, end)));
                    List<Integer> perTeam = onDuty.get(day);
                    perTeam.set(teamIndex, perTeam.get(teamIndex) + 1);
                    onDutyAtBase[day][teamIndex][baseIndex]++;
                }
                String name = team.title() + " " + (member + 1) + " (" + base.name() + ")";
                out.add(new Caregiver(id, name, team.skills(), TransportMode.CAR, Caregiver.UNLIMITED_CAPACITY,
                        shifts, new WorkTerms(null, 0, 0, team.id() + ", " + base.name())));
            }
            teamIndex++;
        }
        return onDuty;
    }

    /**
     * A 30-minute meal break in the middle of every shift of six hours or more (Swedish, Czech and Norwegian
     * working-time rules all require one): between 3.5 h after the start and 2 h before the end.
     */
    static ShiftRules rules(Instant start, Instant end) {
        if (Duration.between(start, end).compareTo(Duration.ofHours(6)) < 0) {
            return ShiftRules.NONE;
        }
        ShiftBreak meal = new ShiftBreak(Duration.ofMinutes(30), start.plus(Duration.ofMinutes(210)), end.minus(
                Duration.ofHours(2)));
        return new ShiftRules(List.of(meal), null, null);
    }

    /**
     * Office-hours teams work on weekdays; on horizons longer than a day the others work a rota with two days off a
     * week, shifted member by member so that every day is staffed alike.
     */
    private boolean works(Team team, int member, LocalDate date) {
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (team.weekdaysOnly()) {
            return !weekend;
        }
        if (request.days() == 1) {
            return true;
        }
        int slot = (date.getDayOfWeek().getValue() - 1 + member) % 7;
        return slot < 5;
    }

    /** A base's weight is the population of the towns nearer to it than to any other base. */
    private double[] baseWeights() {
        double[] weights = new double[profile.bases().size()];
        for (Town town : profile.towns()) {
            weights[nearest(profile.bases(), town)] += town.population();
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.max(weights[i], 1);
        }
        return weights;
    }

    private static int nearest(List<Town> bases, Town town) {
        int best = 0;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < bases.size(); i++) {
            Town base = bases.get(i);
            double distance = Math.hypot(base.lat() - town.lat(), (base.lon() - town.lon()) * Math.cos(Math
                    .toRadians(town.lat())));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }

    /** Smooth weighted round robin: every team spreads over the bases in proportion to their weights. */
    private static int nextBase(double[] weights, double[] current) {
        double total = 0;
        int best = 0;
        for (int i = 0; i < weights.length; i++) {
            current[i] += weights[i];
            total += weights[i];
            if (current[i] > current[best]) {
                best = i;
            }
        }
        current[best] -= total;
        return best;
    }

    /** Visits per (day, team) slot at the intended workload: staff on duty x shift x utilisation / visit. */
    double[] capacity(List<List<Integer>> onDuty) {
        List<Team> teams = profile.teams();
        double[] capacity = new double[request.days() * teams.size()];
        for (int day = 0; day < request.days(); day++) {
            for (int t = 0; t < teams.size(); t++) {
                Team team = teams.get(t);
                double perVisit = meanMinutes(team) + team.travelMinutesPerVisit();
                double minutes = onDuty.get(day).get(t) * (double) workMinutes(team);
                capacity[day * teams.size() + t] = minutes * team.utilisation() / perVisit;
            }
        }
        return capacity;
    }

    private List<Visit> visits(List<List<Integer>> onDuty, Map<String, String> peaks) {
        List<Team> teams = profile.teams();
        int slots = request.days() * teams.size();
        double[] capacity = capacity(onDuty);
        double demandMinutes = 0;
        double capacityMinutes = 0;
        for (int day = 0; day < request.days(); day++) {
            for (int t = 0; t < teams.size(); t++) {
                capacityMinutes += onDuty.get(day).get(t) * (double) workMinutes(teams.get(t));
            }
        }
        int[] quotas = Apportion.largestRemainder(capacity, request.visits());
        for (int slot = 0; slot < slots; slot++) {
            Team team = teams.get(slot % teams.size());
            demandMinutes += quotas[slot] * (meanMinutes(team) + team.travelMinutesPerVisit());
        }
        double load = demandMinutes / capacityMinutes;
        if (!(load <= MAX_LOAD)) {
            long suggested = (long) Math.ceil(request.caregivers() * load / 0.75);
            throw new TooManyVisitsException(suggested, String.format(Locale.ROOT, "%d visits would fill %.0f %% of the"
                    + " working time of %d caregivers in region %s (visits plus expected driving; at most %.0f %% can"
                    + " be planned); use about %d caregivers or fewer visits.", request.visits(), load * 100,
                    request.caregivers(), profile.id(), MAX_LOAD * 100, suggested));
        }
        List<Drawn> drawn = new ArrayList<>();
        for (int day = 0; day < request.days(); day++) {
            Set<Patient> seenToday = new HashSet<>();
            for (int t = 0; t < teams.size(); t++) {
                Team team = teams.get(t);
                List<VisitKind> kinds = profile.kindsOf(team);
                for (int i = 0; i < quotas[day * teams.size() + t]; i++) {
                    VisitKind kind = draw(kinds);
                    Patient patient = patientFor(kind, day, seenToday);
                    drawn.add(new Drawn(day, team, kind, patient));
                }
            }
        }
        return toVisits(drawn, peaks);
    }

    /**
     * The patient of a visit: on later days, with the kind's recurrence probability, one who had the kind before
     * (and not yet today); otherwise sometimes a patient already visited today for something else, else a new one.
     */
    private Patient patientFor(VisitKind kind, int day, Set<Patient> seenToday) {
        if (day > 0 && random.nextDouble() < kind.recurring()) {
            List<Patient> regulars = new ArrayList<>();
            for (Patient p : patients) {
                if (p.kinds.contains(kind) && p.lastDay.getOrDefault(kind, -1) < day) {
                    regulars.add(p);
                }
            }
            if (!regulars.isEmpty()) {
                return mark(regulars.get(random.nextInt(regulars.size())), kind, day, seenToday);
            }
        }
        if (!seenToday.isEmpty() && random.nextDouble() < JOIN_SAME_DAY) {
            List<Patient> today = new ArrayList<>();
            for (Patient p : seenToday) {
                if (p.lastDay.getOrDefault(kind, -1) < day) {
                    today.add(p);
                }
            }
            if (!today.isEmpty()) {
                today.sort(Comparator.comparing(p -> p.id));
                return mark(today.get(random.nextInt(today.size())), kind, day, seenToday);
            }
        }
        return mark(newPatient(), kind, day, seenToday);
    }

    private Patient mark(Patient patient, VisitKind kind, int day, Set<Patient> seenToday) {
        patient.kinds.add(kind);
        patient.lastDay.put(kind, day);
        seenToday.add(patient);
        return patient;
    }

    private Patient newPatient() {
        return newPatient(profile.towns().get(drawIndex(townWeights)));
    }

    /** A new patient placed uniformly within the town's radius. */
    Patient newPatient(Town town) {
        double distanceKm = town.radiusKm() * Math.sqrt(random.nextDouble());
        double angle = 2 * Math.PI * random.nextDouble();
        double lat = town.lat() + distanceKm * Math.cos(angle) / KM_PER_DEGREE_LAT;
        double lon = town.lon() + distanceKm * Math.sin(angle) / (KM_PER_DEGREE_LAT * Math.cos(Math.toRadians(town
                .lat())));
        Patient patient = new Patient("p-" + pad(patients.size() + 1, 5), town, new GeoLocation(round5(lat), round5(
                lon)));
        patients.add(patient);
        return patient;
    }

    VisitKind draw(List<VisitKind> kinds) {
        double[] weights = new double[kinds.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = kinds.get(i).frequency();
        }
        return kinds.get(drawIndex(weights));
    }

    int drawIndex(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double pick = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /**
     * Numbers the visits day by day, patient by patient, in order of their windows; {@code peaks} gets the id of every
     * visit the mandatory peak rule made optional, with the reason.
     */
    private List<Visit> toVisits(List<Drawn> drawn, Map<String, String> peaks) {
        List<Visit> unnumbered = new ArrayList<>(drawn.size());
        List<Integer> days = new ArrayList<>(drawn.size());
        for (Drawn d : drawn) {
            unnumbered.add(visit(d));
            days.add(d.day);
        }
        Map<Integer, String> madeOptional = new HashMap<>();
        capMandatoryPeaks(drawn, unnumbered, madeOptional);
        Integer[] order = new Integer[unnumbered.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparing((Integer i) -> days.get(i))
                .thenComparing(i -> unnumbered.get(i).clientId())
                .thenComparing(i -> unnumbered.get(i).timeWindows().get(0).start())
                .thenComparing(i -> i));
        int width = Integer.toString(unnumbered.size()).length();
        List<Visit> visits = new ArrayList<>(unnumbered.size());
        for (Integer i : order) {
            Visit v = unnumbered.get(i);
            String id = "v" + pad(visits.size() + 1, width);
            if (madeOptional.containsKey(i)) {
                peaks.put(id, madeOptional.get(i));
            }
            visits.add(new Visit(id, v.clientId(), v.name(), v.location(), v.duration(), v.timeWindows(), v
                    .requiredSkills(), v.priority(), v.mandatory(), 0));
        }
        return visits;
    }

    /**
     * Keeps each team's mandatory visits of a day within what its staff can do in any stretch of time, base by base
     * (a patient's visits count for the nearest base where the team has staff that day: a base's evening nurses do
     * not cover a town 100 km away while Karlstad's have time to spare, they are the ones who drive there): for every
     * window opening {@code a}, the visits whose window opens at {@code a} or later, walked by the end of their
     * window, may take (service plus the team's expected drive per visit) at most {@value #MANDATORY_PEAK_SHARE} of
     * the staff's minutes from {@code a} to the end of the last such service; a visit beyond that becomes optional
     * (same priority). A real team whose 19:30 injection round outgrows its evening nurses calls in staff or
     * postpones what can wait, so a generated day asking for more is not a realistic day: at 10 000 visits for 500
     * caregivers in Värmland (1.5 times the profile's typical workload) the evening injections alone needed 130
     * nurse visits between 19:30 and 20:30 from 37 nurses across the region. At a typical workload few visits change.
     */
    private void capMandatoryPeaks(List<Drawn> drawn, List<Visit> visits, Map<Integer, String> madeOptional) {
        List<Team> teams = profile.teams();
        int bases = profile.bases().size();
        Map<Integer, List<Integer>> bySlot = new TreeMap<>();
        for (int i = 0; i < drawn.size(); i++) {
            if (visits.get(i).mandatory()) {
                Drawn d = drawn.get(i);
                int team = teams.indexOf(d.team);
                int base = nearestStaffedBase(d.patient.town, onDutyAtBase[d.day][team]);
                bySlot.computeIfAbsent((d.day * teams.size() + team) * bases + base, k -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<Integer, List<Integer>> slot : bySlot.entrySet()) {
            int day = slot.getKey() / bases / teams.size();
            int teamIndex = slot.getKey() / bases % teams.size();
            Team team = teams.get(teamIndex);
            int staff = onDutyAtBase[day][teamIndex][slot.getKey() % bases];
            LocalDate date = request.startDate().plusDays(day);
            List<ShiftBreak> breaks = rules(at(date, team.start()), at(team.overnight() ? date.plusDays(1) : date,
                    team.end())).breaks();
            MandatoryPeaks.cap(slot.getValue(), visits, staff, team, breaks, profile.zone(), madeOptional);
        }
    }

    /** The base nearest to the town among those where the team has caregivers on duty that day. */
    int nearestStaffedBase(Town town, int[] staffAtBase) {
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < staffAtBase.length; i++) {
            Town base = profile.bases().get(i);
            double distance = Math.hypot(base.lat() - town.lat(), (base.lon() - town.lon()) * Math.cos(Math
                    .toRadians(town.lat())));
            if (staffAtBase[i] > 0 && distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best < 0 ? nearest(profile.bases(), town) : best;
    }

    /** A request with more visits than its staff can serve; {@link #suggestedCaregivers()} would serve them. */
    public static final class TooManyVisitsException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;
        private final long suggestedCaregivers;

        TooManyVisitsException(long suggestedCaregivers, String message) {
            super(message);
            this.suggestedCaregivers = suggestedCaregivers;
        }

        /** Caregivers for about 75 % of their working time with these visits. */
        public long suggestedCaregivers() {
            return suggestedCaregivers;
        }
    }

    private Visit visit(Drawn d) {
        VisitKind kind = d.kind;
        int minutes = kind.durationsMinutes()[random.nextInt(kind.durationsMinutes().length)];
        LocalDate date = request.startDate().plusDays(d.day);
        Town base = profile.bases().get(nearestStaffedBase(d.patient.town, onDutyAtBase[d.day][profile.teams()
                .indexOf(d.team)]));
        TimeWindow window = windows.reachable(windows.draw(kind.window(), d.team, date, minutes), d.team, date,
                minutes, windows.driveSeconds(base, d.patient.location));
        return new Visit("pending", d.patient.id, kind.label() + ", " + d.patient.town.name(), d.patient.location,
                Duration.ofMinutes(minutes), List.of(window), kind.requiredSkills(), kind.priority(), kind
                        .mandatory(),
                0);
    }

    Instant at(LocalDate date, LocalTime time) {
        return windows.at(date, time);
    }

    private static double meanMinutes(Team team, List<VisitKind> kinds) {
        double frequencies = 0;
        double minutes = 0;
        for (VisitKind kind : kinds) {
            frequencies += kind.frequency();
            minutes += kind.frequency() * kind.meanDurationMinutes();
        }
        return minutes / frequencies;
    }

    /** Minutes of a shift available for visits and driving: the shift minus its meal break. */
    static int workMinutes(Team team) {
        return team.shiftMinutes() >= 6 * 60 ? team.shiftMinutes() - 30 : team.shiftMinutes();
    }

    private double meanMinutes(Team team) {
        return meanMinutes(team, profile.kindsOf(team));
    }

    private static double round5(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }

    static String pad(int number, int width) {
        return String.format(Locale.ROOT, "%0" + width + "d", number);
    }

    static final class Patient {
        final String id;
        final Town town;
        final GeoLocation location;
        final Set<VisitKind> kinds = new HashSet<>();
        final Map<VisitKind, Integer> lastDay = new LinkedHashMap<>();

        Patient(String id, Town town, GeoLocation location) {
            this.id = id;
            this.town = town;
            this.location = location;
        }
    }

    private record Drawn(int day, Team team, VisitKind kind, Patient patient) {
    }
}
