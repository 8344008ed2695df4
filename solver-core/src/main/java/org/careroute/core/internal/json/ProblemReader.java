package org.careroute.core.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.careroute.core.api.InputError;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Client;
import org.careroute.core.api.model.ContinuousWorkRule;
import org.careroute.core.api.model.EuclideanTravel;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.HaversineTravel;
import org.careroute.core.api.model.Location;
import org.careroute.core.api.model.MatrixLocation;
import org.careroute.core.api.model.MatrixTravel;
import org.careroute.core.api.model.OsmTravel;
import org.careroute.core.api.model.PlaneLocation;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftBreak;
import org.careroute.core.api.model.ShiftRules;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.model.TravelSettings;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.VisitCare;
import org.careroute.core.api.model.VisitDependency;
import org.careroute.core.api.model.VisitLinks;
import org.careroute.core.api.model.VisitPart;
import org.careroute.core.api.model.WorkTerms;
import org.careroute.core.internal.json.ProblemDtos.BreakDto;
import org.careroute.core.internal.json.ProblemDtos.CaregiverDto;
import org.careroute.core.internal.json.ProblemDtos.ClientDto;
import org.careroute.core.internal.json.ProblemDtos.ContinuousWorkDto;
import org.careroute.core.internal.json.ProblemDtos.LocationDto;
import org.careroute.core.internal.json.ProblemDtos.ProblemDto;
import org.careroute.core.internal.json.ProblemDtos.ShiftDto;
import org.careroute.core.internal.json.ProblemDtos.TimeWindowDto;
import org.careroute.core.internal.json.ProblemDtos.TravelDto;
import org.careroute.core.internal.json.ProblemDtos.VisitDependencyDto;
import org.careroute.core.internal.json.ProblemDtos.VisitDto;
import org.careroute.core.internal.json.ProblemDtos.VisitPartDto;
import org.careroute.core.internal.validate.Suggestions;
import org.careroute.core.internal.verify.TimeText;

/**
 * Maps a schema-valid wire problem to the model. Collects an error for every value the model rejects, with its
 * pointer, and goes on with the rest.
 */
final class ProblemReader {

    private final String source;
    private final List<InputError> errors = new ArrayList<>();
    private ZoneId zone = ZoneOffset.UTC;
    private TimeFormat timeFormat;
    private String firstTimePointer;

    private ProblemReader(String source) {
        this.source = source;
    }

    /** The problem, or {@code null} when {@code errors} got at least one entry. */
    static Problem read(ProblemDto dto, String source, List<InputError> errors) {
        ProblemReader reader = new ProblemReader(source);
        Problem problem = reader.problem(dto);
        errors.addAll(reader.errors);
        return reader.errors.isEmpty() ? problem : null;
    }

    private void error(String pointer, String message) {
        errors.add(new InputError(source, pointer, message));
    }

    /** Runs a model constructor; its rejection becomes an error at {@code pointer}. */
    private <T> T construct(String pointer, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | DateTimeException e) {
            error(pointer, Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName()));
            return null;
        }
    }

    private Problem problem(ProblemDto dto) {
        if (dto.timeZone() != null) {
            zone = zone(dto.timeZone());
        }
        chooseTimeFormat(dto);
        TravelSettings travel = dto.travel() == null ? HaversineTravel.defaults() : travel(dto.travel());
        List<Caregiver> caregivers = new ArrayList<>();
        for (int c = 0; c < dto.caregivers().size(); c++) {
            caregivers.add(caregiver(dto.caregivers().get(c), "/caregivers/" + c));
        }
        List<Visit> visits = new ArrayList<>();
        for (int v = 0; v < dto.visits().size(); v++) {
            visits.add(visit(dto.visits().get(v), "/visits/" + v));
        }
        List<Client> clients = new ArrayList<>();
        if (dto.clients() != null) {
            for (int c = 0; c < dto.clients().size(); c++) {
                ClientDto client = dto.clients().get(c);
                clients.add(construct("/clients/" + c, () -> new Client(client.id(), Objects.requireNonNullElse(
                        client.maxDistinctCaregivers(), Client.NO_CAP))));
            }
        }
        Map<String, Long> weights = dto.constraintWeights() == null
                ? Map.of()
                : new LinkedHashMap<>(dto.constraintWeights());
        if (!errors.isEmpty()) {
            return null;
        }
        return construct("", () -> new Problem(dto.name(), zone, Objects.requireNonNullElse(timeFormat,
                TimeFormat.ISO), travel, caregivers, visits, weights, clients));
    }

    /** The format most times are written in; the others are reported as mixed. */
    private void chooseTimeFormat(ProblemDto dto) {
        Map<String, JsonNode> times = new LinkedHashMap<>();
        for (int c = 0; c < dto.caregivers().size(); c++) {
            List<ShiftDto> shifts = dto.caregivers().get(c).shifts();
            for (int s = 0; s < shifts.size(); s++) {
                times.put("/caregivers/" + c + "/shifts/" + s + "/start", shifts.get(s).start());
                times.put("/caregivers/" + c + "/shifts/" + s + "/end", shifts.get(s).end());
            }
        }
        for (int v = 0; v < dto.visits().size(); v++) {
            List<TimeWindowDto> windows = Objects.requireNonNullElse(dto.visits().get(v).timeWindows(), List.of());
            for (int w = 0; w < windows.size(); w++) {
                times.put("/visits/" + v + "/timeWindows/" + w + "/start", windows.get(w).start());
                times.put("/visits/" + v + "/timeWindows/" + w + "/end", windows.get(w).end());
            }
            TimeWindowDto preferred = dto.visits().get(v).preferredWindow();
            if (preferred != null) {
                times.put("/visits/" + v + "/preferredWindow/start", preferred.start());
                times.put("/visits/" + v + "/preferredWindow/end", preferred.end());
            }
        }
        if (times.isEmpty()) {
            return;
        }
        long numbers = times.values().stream().filter(JsonNode::isNumber).count();
        long strings = times.size() - numbers;
        timeFormat = numbers > strings
                ? TimeFormat.NUMBER
                : numbers < strings ? TimeFormat.ISO : TimeCodec.formatOf(times.values().iterator().next());
        firstTimePointer = times.entrySet().stream().filter(e -> TimeCodec.formatOf(e.getValue()) == timeFormat)
                .findFirst().orElseThrow().getKey();
    }

    private ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            error("/timeZone", "Unknown time zone '" + id + "'" + Suggestions.didYouMean(id, ZoneId
                    .getAvailableZoneIds()) + " Use an IANA id such as Europe/Stockholm, or an offset such as"
                    + " +01:00.");
            return ZoneOffset.UTC;
        }
    }

    private TravelSettings travel(TravelDto dto) {
        return switch (dto.mode()) {
            case "haversine" -> {
                Map<TransportMode, Double> speeds = new EnumMap<>(TransportMode.class);
                if (dto.speedsKmh() != null) {
                    dto.speedsKmh().forEach((mode, speed) -> speeds.put(TransportMode.valueOf(mode.toUpperCase(
                            Locale.ROOT)), speed));
                }
                yield construct("/travel", () -> new HaversineTravel(Objects.requireNonNullElse(dto.detourFactor(),
                        HaversineTravel.DEFAULT_DETOUR_FACTOR), speeds));
            }
            case "euclidean" -> construct("/travel", () -> new EuclideanTravel(Objects.requireNonNullElse(dto
                    .speed(), 1.0), Objects.requireNonNullElse(dto.distanceScale(), 1.0)));
            case "matrix" -> matrix(dto);
            case "osm" -> construct("/travel", () -> new OsmTravel(dto.osmFile(), Objects.requireNonNullElse(dto
                    .maxSnapMeters(), OsmTravel.DEFAULT_MAX_SNAP_METERS), dto.cacheDir(), dto.profile() == null
                            ? null
                            : TransportMode.valueOf(dto.profile().toUpperCase(Locale.ROOT))));
            default -> throw new IllegalStateException("schema lets through travel mode " + dto.mode());
        };
    }

    private TravelSettings matrix(TravelDto dto) {
        int n = dto.durations().length;
        boolean square = checkSquare(dto.durations(), n, "/travel/durations");
        if (dto.distances().length != n) {
            error("/travel/distances", "The distance matrix has " + dto.distances().length
                    + " rows but the duration matrix has " + n + "; both must be " + n + " x " + n + ".");
            square = false;
        } else {
            square &= checkSquare(dto.distances(), n, "/travel/distances");
        }
        return square ? construct("/travel", () -> new MatrixTravel(dto.durations(), dto.distances())) : null;
    }

    private boolean checkSquare(long[][] matrix, int n, String pointer) {
        boolean square = true;
        for (int i = 0; i < matrix.length; i++) {
            if (matrix[i].length != n) {
                error(pointer + "/" + i, "Row " + i + " has " + matrix[i].length + " entries but the matrix has "
                        + n + " rows; the travel matrix must be square (" + n + " x " + n + ").");
                square = false;
            }
        }
        return square;
    }

    private Caregiver caregiver(CaregiverDto dto, String pointer) {
        List<Shift> shifts = new ArrayList<>();
        for (int s = 0; s < dto.shifts().size(); s++) {
            shifts.add(shift(dto.shifts().get(s), pointer + "/shifts/" + s));
        }
        TransportMode mode = dto.transportMode() == null
                ? null
                : TransportMode.valueOf(dto.transportMode().toUpperCase(Locale.ROOT));
        long capacity = Objects.requireNonNullElse(dto.capacity(), Caregiver.UNLIMITED_CAPACITY);
        Duration maxOvertime = dto.maxOvertime() == null ? null : duration(dto.maxOvertime(), pointer + "/maxOvertime");
        if (shifts.contains(null) || dto.maxOvertime() != null && maxOvertime == null) {
            return null;
        }
        WorkTerms terms = construct(pointer, () -> new WorkTerms(maxOvertime, Objects.requireNonNullElse(dto
                .costPerHour(), 0.0), Objects.requireNonNullElse(dto.costPerKm(), 0.0), dto.team()));
        if (terms == null) {
            return null;
        }
        return construct(pointer, () -> new Caregiver(dto.id(), dto.name(), dto.skills() == null
                ? null
                : new HashSet<>(dto.skills()), mode, capacity, shifts, terms));
    }

    private Shift shift(ShiftDto dto, String pointer) {
        Instant start = time(dto.start(), pointer + "/start");
        Instant end = time(dto.end(), pointer + "/end");
        Location startLocation = location(dto.startLocation(), pointer + "/startLocation");
        Location endLocation;
        if (Boolean.TRUE.equals(dto.openEnd())) {
            endLocation = null;
            if (dto.endLocation() != null) {
                error(pointer + "/openEnd", "An open-ended shift has no endLocation: remove endLocation or set"
                        + " openEnd to false.");
                return null;
            }
        } else {
            endLocation = dto.endLocation() == null
                    ? startLocation
                    : location(dto.endLocation(), pointer + "/endLocation");
            if (endLocation == null) {
                return null;
            }
        }
        if (start == null || end == null || startLocation == null) {
            return null;
        }
        if (end.isBefore(start)) {
            error(pointer + "/end", "Shift '" + dto.id() + "' ends (" + dto.end().asText() + ") before it starts ("
                    + dto.start().asText() + ").");
            return null;
        }
        ShiftRules rules = rules(dto, pointer);
        if (rules == null) {
            return null;
        }
        return construct(pointer, () -> new Shift(dto.id(), start, end, startLocation, endLocation, rules));
    }

    /** Breaks, maximum working time and continuous-work law of a shift; {@code null} after an error. */
    private ShiftRules rules(ShiftDto dto, String pointer) {
        int before = errors.size();
        List<ShiftBreak> breaks = new ArrayList<>();
        List<BreakDto> breakDtos = Objects.requireNonNullElse(dto.breaks(), List.of());
        for (int b = 0; b < breakDtos.size(); b++) {
            String breakPointer = pointer + "/breaks/" + b;
            BreakDto breakDto = breakDtos.get(b);
            Duration duration = duration(breakDto.duration(), breakPointer + "/duration");
            Instant earliest = time(breakDto.earliestStart(), breakPointer + "/earliestStart");
            Instant latest = time(breakDto.latestEnd(), breakPointer + "/latestEnd");
            if (duration == null || earliest == null || latest == null) {
                continue;
            }
            if (!breaks.isEmpty() && earliest.isBefore(breaks.getLast().earliestStart())) {
                error(breakPointer + "/earliestStart", "Breaks must be sorted by earliest start: break " + b
                        + " may start before break " + (b - 1) + "; list them in time order.");
                continue;
            }
            if (duration.isPositive() && earliest.plus(duration).isAfter(latest)) {
                TimeText text = new TimeText(Objects.requireNonNullElse(timeFormat, TimeFormat.ISO), zone);
                error(breakPointer, "A break of " + text.duration(duration.toSeconds()) + " does not fit between its"
                        + " earliest start and its latest end (" + text.period(earliest, latest) + "); widen the"
                        + " window or shorten it.");
                continue;
            }
            ShiftBreak shiftBreak = construct(breakPointer, () -> new ShiftBreak(duration, earliest, latest,
                    Boolean.TRUE.equals(breakDto.missable())));
            if (shiftBreak != null) {
                breaks.add(shiftBreak);
            }
        }
        Duration maxWorkingTime = dto.maxWorkingTime() == null
                ? null
                : duration(dto.maxWorkingTime(), pointer + "/maxWorkingTime");
        ContinuousWorkRule law = null;
        ContinuousWorkDto lawDto = dto.continuousWork();
        if (lawDto != null) {
            String lawPointer = pointer + "/continuousWork";
            Duration maxWork = duration(lawDto.maxWork(), lawPointer + "/maxWork");
            Duration rest = duration(lawDto.rest(), lawPointer + "/rest");
            Duration firstPart = lawDto.firstPart() == null
                    ? Duration.ZERO
                    : duration(lawDto.firstPart(), lawPointer + "/firstPart");
            if (maxWork != null && rest != null && firstPart != null) {
                law = construct(lawPointer, () -> new ContinuousWorkRule(maxWork, rest, firstPart, Boolean.TRUE
                        .equals(lawDto.waitingCountsAsRest())));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        ContinuousWorkRule finalLaw = law;
        return construct(pointer, () -> new ShiftRules(breaks, maxWorkingTime, finalLaw));
    }

    private Visit visit(VisitDto dto, String pointer) {
        Location location = location(dto.location(), pointer + "/location");
        Duration duration = duration(dto.duration(), pointer + "/duration");
        List<TimeWindow> windows = new ArrayList<>();
        boolean windowsValid = true;
        if (dto.timeWindows() != null) {
            for (int w = 0; w < dto.timeWindows().size(); w++) {
                TimeWindow window = window(dto.timeWindows().get(w), pointer + "/timeWindows/" + w);
                if (window == null) {
                    windowsValid = false;
                } else if (!windows.isEmpty() && windows.getLast() != null && window.start().isBefore(windows
                        .getLast().end())) {
                    error(pointer + "/timeWindows/" + w, "Time windows must be sorted and must not overlap: window "
                            + w + " starts before window " + (w - 1) + " ends.");
                    windowsValid = false;
                }
                windows.add(window);
            }
        }
        VisitLinks links = links(dto, pointer);
        VisitCare care = care(dto, pointer);
        if (location == null || duration == null || !windowsValid || links == null || care == null) {
            return null;
        }
        return construct(pointer, () -> new Visit(dto.id(), dto.clientId(), dto.name(), location, duration, windows,
                dto.requiredSkills() == null ? null : new HashSet<>(dto.requiredSkills()), Objects
                        .requireNonNullElse(dto.priority(), 1),
                Boolean.TRUE.equals(dto.mandatory()), Objects
                        .requireNonNullElse(dto.demand(), 0L),
                care, links));
    }

    /** The patient-care fields of a visit; {@code null} after an error. */
    private VisitCare care(VisitDto dto, String pointer) {
        if (dto.preferredCaregivers() == null && dto.excludedCaregivers() == null && dto.preferredWindow() == null
                && dto.maxDeviation() == null && dto.value() == null && dto.softWindows() == null) {
            return VisitCare.NONE;
        }
        TimeWindow preferredWindow = null;
        if (dto.preferredWindow() != null) {
            preferredWindow = window(dto.preferredWindow(), pointer + "/preferredWindow");
            if (preferredWindow == null) {
                return null;
            }
        }
        Duration maxDeviation = null;
        if (dto.maxDeviation() != null) {
            maxDeviation = duration(dto.maxDeviation(), pointer + "/maxDeviation");
            if (maxDeviation == null) {
                return null;
            }
            if (preferredWindow == null) {
                error(pointer + "/maxDeviation", "maxDeviation caps the deviation from the preferred window, but the"
                        + " visit has no preferredWindow; add one or remove maxDeviation.");
                return null;
            }
        }
        Map<String, Integer> preferred = dto.preferredCaregivers() == null ? Map.of() : dto.preferredCaregivers();
        List<String> excluded = dto.excludedCaregivers() == null ? List.of() : dto.excludedCaregivers();
        for (int e = 0; e < excluded.size(); e++) {
            if (preferred.containsKey(excluded.get(e))) {
                error(pointer + "/excludedCaregivers/" + e, "Caregiver '" + excluded.get(e)
                        + "' is both preferred and excluded for this visit; keep one.");
                return null;
            }
        }
        TimeWindow window = preferredWindow;
        Duration cap = maxDeviation;
        return construct(pointer, () -> new VisitCare(preferred, new HashSet<>(excluded), window, cap, dto.value(),
                Boolean.TRUE.equals(dto.softWindows())));
    }

    /** Parts, dependencies and pins of a visit; {@code null} after an error. */
    private VisitLinks links(VisitDto dto, String pointer) {
        boolean valid = true;
        List<VisitPart> parts = new ArrayList<>();
        if (dto.parts() != null) {
            for (VisitPartDto part : dto.parts()) {
                parts.add(new VisitPart(part.requiredSkills() == null ? null : new HashSet<>(part.requiredSkills()),
                        part.pinnedCaregiverId()));
            }
        }
        List<VisitDependency> dependencies = new ArrayList<>();
        if (dto.dependencies() != null) {
            for (int d = 0; d < dto.dependencies().size(); d++) {
                VisitDependencyDto dependency = dto.dependencies().get(d);
                String at = pointer + "/dependencies/" + d;
                Duration minGap = dependency.minGap() == null ? null : duration(dependency.minGap(), at + "/minGap");
                Duration maxGap = dependency.maxGap() == null ? null : duration(dependency.maxGap(), at + "/maxGap");
                if (dependency.minGap() != null && minGap == null || dependency.maxGap() != null && maxGap == null) {
                    valid = false;
                    continue;
                }
                VisitDependency.GapFrom from = "start".equals(dependency.from())
                        ? VisitDependency.GapFrom.START
                        : VisitDependency.GapFrom.END;
                dependencies.add(new VisitDependency(dependency.visitId(), minGap, maxGap, from, Boolean.TRUE.equals(
                        dependency.bothOrNone())));
            }
        }
        Instant pinnedStart = null;
        if (dto.pinnedStart() != null) {
            pinnedStart = time(dto.pinnedStart(), pointer + "/pinnedStart");
            valid &= pinnedStart != null;
        }
        return valid ? new VisitLinks(parts, dependencies, dto.pinnedCaregiverId(), pinnedStart) : null;
    }

    private TimeWindow window(TimeWindowDto dto, String pointer) {
        Instant start = time(dto.start(), pointer + "/start");
        Instant end = time(dto.end(), pointer + "/end");
        if (start == null || end == null) {
            return null;
        }
        if (end.isBefore(start)) {
            error(pointer + "/end", "Time window end (" + dto.end().asText() + ") is before its start (" + dto
                    .start().asText() + ").");
            return null;
        }
        return construct(pointer, () -> new TimeWindow(start, end));
    }

    private Instant time(JsonNode node, String pointer) {
        TimeFormat format = TimeCodec.formatOf(node);
        if (format != timeFormat) {
            error(pointer, "Mixed time formats: this time is " + describe(format, false) + " but most times are "
                    + describe(timeFormat, true) + " (the first at " + firstTimePointer
                    + "); write all times the same way.");
            return null;
        }
        try {
            return TimeCodec.readTime(node, zone);
        } catch (DateTimeException | ArithmeticException e) {
            error(pointer, e.getMessage());
            return null;
        }
    }

    private static String describe(TimeFormat format, boolean plural) {
        if (format == TimeFormat.NUMBER) {
            return plural ? "numbers of seconds" : "a number of seconds";
        }
        return plural ? "ISO-8601 date-times" : "an ISO-8601 date-time";
    }

    private Duration duration(JsonNode node, String pointer) {
        try {
            return TimeCodec.readDuration(node);
        } catch (DateTimeException | ArithmeticException e) {
            error(pointer, e.getMessage());
            return null;
        }
    }

    private Location location(LocationDto dto, String pointer) {
        int kinds = (dto.lat() != null ? 1 : 0) + (dto.x() != null ? 1 : 0) + (dto.index() != null ? 1 : 0);
        if (kinds != 1) {
            error(pointer, "A location is either {\"lat\", \"lon\"}, {\"x\", \"y\"} or {\"index\"}, not a mix.");
            return null;
        }
        if (dto.lat() != null) {
            return construct(pointer, () -> new GeoLocation(dto.lat(), dto.lon()));
        }
        if (dto.x() != null) {
            return construct(pointer, () -> new PlaneLocation(dto.x(), dto.y()));
        }
        return construct(pointer, () -> new MatrixLocation(dto.index()));
    }
}
