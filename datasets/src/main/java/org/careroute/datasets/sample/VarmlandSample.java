package org.careroute.datasets.sample;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.Caregiver;
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
import org.careroute.core.api.model.WorkTerms;
import org.careroute.datasets.Apportion;

/**
 * A realistic day (Monday 1 March 2027) of municipal home nursing around Karlstad, Värmland: nurses, assistant
 * nurses, a physiotherapist and an occupational therapist on day (07:00-16:00) and evening (15:00-22:00) shifts,
 * driving from their team base to clients in Karlstad's districts and the localities around it. Every shift has its
 * breaks, the continuous-work rule and a maximum working time; caregivers have costs, an overtime allowance and a
 * team whose workload is balanced (see {@link #shiftRules} and {@link #workTerms}).
 *
 * <p>
 * The same seed, visit count and caregiver count always give the same problem. The workload of every team is sized
 * from its staff so that caregivers are busy about two thirds of their shift (service plus an estimate of the
 * driving), and every skill a visit needs is on duty in the period it is needed. Small problems have one base in
 * central Karlstad; problems of more than {@value #MULTI_BASE_THRESHOLD} visits spread over more localities and add
 * bases in Skoghall, Forshaga, Kil and Grums.
 */
public final class VarmlandSample {

    public static final long DEFAULT_SEED = 2027;
    public static final int DEFAULT_VISITS = 150;
    public static final int DEFAULT_CAREGIVERS = 14;
    /** The size used for speed measurements: about as many visits per caregiver as the default sample. */
    public static final int LARGE_VISITS = 1200;
    public static final int LARGE_CAREGIVERS = 110;
    public static final LocalDate DAY = LocalDate.of(2027, 3, 1);
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    /** Above this many visits the problem covers the outer localities and has several team bases. */
    public static final int MULTI_BASE_THRESHOLD = 300;
    /** More visits per caregiver than this cannot be served in a day. */
    public static final int MAX_VISITS_PER_CAREGIVER = 16;

    /** Average door-to-door car speed: town streets and 70-90 km/h country roads between the localities. */
    public static final double CAR_SPEED_KMH = 50.0;

    private final Random random;
    private final int visitCount;
    private final int caregiverCount;
    private final long seed;

    private VarmlandSample(int visitCount, int caregiverCount, long seed) {
        if (visitCount < 1) {
            throw new IllegalArgumentException("Visit count (" + visitCount + ") must be at least 1.");
        }
        if (caregiverCount < StaffGroup.values().length) {
            throw new IllegalArgumentException("Caregiver count (" + caregiverCount + ") must be at least "
                    + StaffGroup.values().length + ": one per profession and shift.");
        }
        if (visitCount > (long) caregiverCount * MAX_VISITS_PER_CAREGIVER) {
            throw new IllegalArgumentException(visitCount + " visits cannot be served by " + caregiverCount
                    + " caregivers in a day; use at least " + Math.ceilDiv(visitCount, MAX_VISITS_PER_CAREGIVER)
                    + " caregivers (about " + Math.ceilDiv(visitCount * 10, 107) + " for the default workload).");
        }
        this.random = new Random(seed);
        this.visitCount = visitCount;
        this.caregiverCount = caregiverCount;
        this.seed = seed;
    }

    /** The shipped sample: {@value #DEFAULT_VISITS} visits, {@value #DEFAULT_CAREGIVERS} caregivers. */
    public static Problem problem() {
        return problem(DEFAULT_VISITS, DEFAULT_CAREGIVERS, DEFAULT_SEED);
    }

    /** The problem for speed measurements: {@value #LARGE_VISITS} visits, {@value #LARGE_CAREGIVERS} caregivers. */
    public static Problem large() {
        return problem(LARGE_VISITS, LARGE_CAREGIVERS, DEFAULT_SEED);
    }

    /**
     * A problem of the given size, e.g. 1200 visits and 100 caregivers for speed measurements.
     *
     * @throws IllegalArgumentException
     *             when there are fewer than six caregivers (one per profession and shift) or more than
     *             {@value #MAX_VISITS_PER_CAREGIVER} visits per caregiver
     */
    public static Problem problem(int visits, int caregivers, long seed) {
        return new VarmlandSample(visits, caregivers, seed).build();
    }

    /** Writes a problem in the careroute JSON format (UTF-8), creating parent directories. */
    public static void writeJson(Problem problem, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CarerouteJson.writeProblem(problem, out);
        }
    }

    /**
     * Writes a sample problem: {@code VarmlandSample OUTPUT [VISITS CAREGIVERS [SEED]]}; without arguments it writes
     * the shipped sample to {@code datasets/samples/varmland-home-nursing.json}.
     */
    public static void main(String[] args) throws IOException {
        Path output = Path.of(args.length > 0 ? args[0] : "datasets/samples/varmland-home-nursing.json");
        int visits = args.length > 2 ? Integer.parseInt(args[1]) : DEFAULT_VISITS;
        int caregivers = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_CAREGIVERS;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : DEFAULT_SEED;
        writeJson(problem(visits, caregivers, seed), output);
    }

    private Problem build() {
        boolean large = visitCount > MULTI_BASE_THRESHOLD;
        Map<StaffGroup, Integer> staff = staffing();
        List<Caregiver> caregivers = caregivers(staff, large ? bases() : List.of(VarmlandPlaces.KARLSTAD_BASE));
        List<Visit> visits = visits(quotas(staff), VarmlandPlaces.localities(large));
        String name = String.format(Locale.ROOT, "Värmland home nursing %s (%d visits, %d caregivers, seed %d)", DAY,
                visitCount, caregiverCount, seed);
        return new Problem(name, ZONE, TimeFormat.ISO,
                new HaversineTravel(HaversineTravel.DEFAULT_DETOUR_FACTOR, Map.of(TransportMode.CAR, CAR_SPEED_KMH)),
                caregivers, visits, Map.of());
    }

    /** Caregivers per team: the team's share of the staff, at least one each (largest remainder). */
    private Map<StaffGroup, Integer> staffing() {
        StaffGroup[] teams = StaffGroup.values();
        double[] shares = new double[teams.length];
        for (StaffGroup team : teams) {
            shares[team.ordinal()] = team.staffShare();
        }
        return byTeam(Apportion.atLeastOne(shares, caregiverCount));
    }

    /** Visits per team, proportional to the number of visits the team's staff can do in their working time. */
    private Map<StaffGroup, Integer> quotas(Map<StaffGroup, Integer> staff) {
        StaffGroup[] teams = StaffGroup.values();
        double[] capacity = new double[teams.length];
        for (StaffGroup team : teams) {
            capacity[team.ordinal()] = staff.get(team) * team.workMinutes() / (meanMinutes(team)
                    + team.travelMinutesPerVisit());
        }
        return byTeam(Apportion.largestRemainder(capacity, visitCount));
    }

    private static Map<StaffGroup, Integer> byTeam(int[] counts) {
        Map<StaffGroup, Integer> result = new EnumMap<>(StaffGroup.class);
        for (StaffGroup team : StaffGroup.values()) {
            result.put(team, counts[team.ordinal()]);
        }
        return result;
    }

    private static double meanMinutes(StaffGroup team) {
        List<VisitType> types = VisitType.ofTeam(team);
        double frequencies = types.stream().mapToInt(VisitType::frequency).sum();
        return types.stream().mapToDouble(t -> t.frequency() * t.meanDurationMinutes()).sum() / frequencies;
    }

    private List<Locality> bases() {
        List<Locality> bases = new ArrayList<>();
        bases.add(VarmlandPlaces.KARLSTAD_BASE);
        bases.addAll(VarmlandPlaces.EXTRA_BASES);
        return bases;
    }

    private List<Caregiver> caregivers(Map<StaffGroup, Integer> staff, List<Locality> bases) {
        BaseSequence baseSequence = new BaseSequence(bases, VarmlandPlaces.localities(bases.size() > 1));
        Names names = new Names(random);
        List<Caregiver> caregivers = new ArrayList<>();
        int width = Integer.toString(caregiverCount).length();
        for (StaffGroup team : StaffGroup.values()) {
            for (int i = 0; i < staff.get(team); i++) {
                String id = "cg-" + pad(caregivers.size() + 1, width);
                Locality base = baseSequence.next();
                GeoLocation baseLocation = new GeoLocation(base.lat(), base.lon());
                String shiftId = id + (team.day() ? "-day" : "-evening");
                // Evening shifts end at the last visit: the caregiver drives home from there.
                Shift shift = new Shift(shiftId, at(team.shiftStart()), at(team.shiftEnd()), baseLocation,
                        team.day() ? baseLocation : null, shiftRules(team));
                String name = names.next() + " (" + team.title() + ", " + base.name() + ")";
                caregivers.add(new Caregiver(id, name, team.skills(), TransportMode.CAR, Caregiver.UNLIMITED_CAPACITY,
                        List.of(shift), workTerms(team)));
            }
        }
        return caregivers;
    }

    /**
     * The working day of a team's shifts: day shifts have a 15-minute coffee break between 09:00 and 10:30 and a
     * 30-minute lunch between 11:00 and 13:30 (together the split 15 + 30 minutes of the continuous-work rule),
     * evening shifts a 15-minute break between 18:00 and 19:30 and a 30-minute one between 19:00 and 21:00; every
     * shift follows the EU continuous-work rule (waiting counts as rest) and may not exceed its working time.
     */
    private static ShiftRules shiftRules(StaffGroup team) {
        List<ShiftBreak> breaks = team.day()
                ? List.of(new ShiftBreak(Duration.ofMinutes(15), at(LocalTime.of(9, 0)), at(LocalTime.of(10, 30))),
                        new ShiftBreak(Duration.ofMinutes(30), at(LocalTime.of(11, 0)), at(LocalTime.of(13, 30))))
                : List.of(new ShiftBreak(Duration.ofMinutes(15), at(LocalTime.of(18, 0)), at(LocalTime.of(19, 30))),
                        new ShiftBreak(Duration.ofMinutes(30), at(LocalTime.of(19, 0)), at(LocalTime.of(21, 0))));
        Duration maxWorkingTime = team.day() ? Duration.ofMinutes(8 * 60 + 30) : Duration.ofMinutes(6 * 60 + 45);
        return new ShiftRules(breaks, maxWorkingTime, new ContinuousWorkRule(Duration.ofMinutes(270), Duration
                .ofMinutes(45), Duration.ofMinutes(15), true));
    }

    /**
     * Costs and overtime by profession (SEK, wage with social costs per hour, mileage per km): nurses may run 30
     * minutes over, assistant nurses 15, therapists not at all. Each profession and shift is a team whose workload
     * is balanced.
     */
    private static WorkTerms workTerms(StaffGroup team) {
        boolean nurse = team.skills().contains(StaffGroup.Skills.NURSE);
        boolean assistant = !nurse && team.skills().contains(StaffGroup.Skills.ASSISTANT_NURSE);
        Duration overtime = nurse ? Duration.ofMinutes(30) : assistant ? Duration.ofMinutes(15) : Duration.ZERO;
        double perHour = nurse ? 420 : assistant ? 330 : 390;
        return new WorkTerms(overtime, perHour, 2.5, team.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** Draws every team's visits, then gives them to clients; day visits first so evening ones can join them. */
    private List<Visit> visits(Map<StaffGroup, Integer> quotas, List<Locality> localities) {
        Clients clients = new Clients(random, localities);
        List<Clients.Assigned> drawn = new ArrayList<>();
        for (StaffGroup team : StaffGroup.values()) {
            List<VisitType> types = VisitType.ofTeam(team);
            for (int i = 0; i < quotas.get(team); i++) {
                drawn.add(clients.assign(drawType(types)));
            }
        }
        return toVisits(drawn);
    }

    private VisitType drawType(List<VisitType> types) {
        int total = types.stream().mapToInt(VisitType::frequency).sum();
        int pick = random.nextInt(total);
        for (VisitType type : types) {
            pick -= type.frequency();
            if (pick < 0) {
                return type;
            }
        }
        throw new IllegalStateException("unreachable: frequencies sum to " + total);
    }

    /** Numbers the visits client by client, in order of the day. */
    private List<Visit> toVisits(List<Clients.Assigned> drawn) {
        Map<String, List<Clients.Assigned>> byClient = new LinkedHashMap<>();
        for (Clients.Assigned assigned : drawn) {
            byClient.computeIfAbsent(assigned.client().id(), k -> new ArrayList<>()).add(assigned);
        }
        List<Visit> visits = new ArrayList<>();
        int width = Integer.toString(visitCount).length();
        for (List<Clients.Assigned> ofClient : byClient.values()) {
            List<Visit> clientVisits = new ArrayList<>();
            for (Clients.Assigned assigned : ofClient) {
                clientVisits.add(visit(assigned));
            }
            clientVisits.sort((a, b) -> a.timeWindows().get(0).start().compareTo(b.timeWindows().get(0).start()));
            for (Visit v : clientVisits) {
                String id = "v" + pad(visits.size() + 1, width);
                visits.add(new Visit(id, v.clientId(), v.name(), v.location(), v.duration(), v.timeWindows(), v
                        .requiredSkills(), v.priority(), v.mandatory(), v.demand()));
            }
        }
        return visits;
    }

    private Visit visit(Clients.Assigned assigned) {
        VisitType type = assigned.type();
        Clients.Client client = assigned.client();
        int duration = type.drawDuration(random);
        List<TimeWindow> windows = type.drawWindows(random, duration).stream().map(w -> new TimeWindow(at(w[0]), at(
                w[1]))).toList();
        String name = type.label() + ", " + client.locality().name();
        return new Visit("pending", client.id(), name, client.location(), Duration.ofMinutes(duration), windows, type
                .requiredSkills(), type.drawPriority(random), type.mandatory(), 0);
    }

    private static java.time.Instant at(LocalTime time) {
        return DAY.atTime(time).atZone(ZONE).toInstant();
    }

    static String pad(int number, int width) {
        return String.format(Locale.ROOT, "%0" + width + "d", number);
    }
}
