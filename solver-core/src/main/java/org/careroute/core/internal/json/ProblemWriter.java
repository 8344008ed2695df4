package org.careroute.core.internal.json;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
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
import org.careroute.core.api.model.ShiftRules;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.model.TravelSettings;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.VisitCare;
import org.careroute.core.api.model.VisitDependency;
import org.careroute.core.api.model.VisitLinks;
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

/** Maps the model to the wire form; optional values equal to their defaults are left out. */
final class ProblemWriter {

    private final ZoneId zone;
    private final TimeFormat format;

    private ProblemWriter(Problem problem) {
        this.zone = problem.timeZone();
        this.format = problem.timeFormat();
    }

    static ProblemDto toDto(Problem problem) {
        ProblemWriter writer = new ProblemWriter(problem);
        return new ProblemDto(Problem.FORMAT_VERSION, problem.name(), problem.timeZone().equals(ZoneOffset.UTC)
                ? null
                : problem.timeZone().getId(), travel(problem.travel()),
                problem.caregivers().stream().map(
                        writer::caregiver).toList(),
                problem.visits().stream().map(writer::visit).toList(), problem.clients().isEmpty()
                        ? null
                        : problem.clients().stream().map(ProblemWriter::client).toList(),
                problem
                        .constraintWeights().isEmpty() ? null : new TreeMap<>(problem.constraintWeights()));
    }

    static TravelDto travel(TravelSettings travel) {
        return switch (travel) {
            case HaversineTravel h -> {
                Map<String, Double> speeds = new LinkedHashMap<>();
                for (TransportMode mode : TransportMode.values()) {
                    speeds.put(mode.jsonName(), h.speedKmh(mode));
                }
                yield new TravelDto(h.mode(), h.detourFactor(), speeds, null, null, null, null);
            }
            case EuclideanTravel e -> new TravelDto(e.mode(), null, null, e.speed(), e.distanceScale(), null, null);
            case MatrixTravel m -> new TravelDto(m.mode(), null, null, null, null, m.durationsSeconds(), m
                    .distancesMeters());
            case OsmTravel o -> new TravelDto(o.mode(), null, null, null, null, null, null, o.osmFile(), o
                    .maxSnapMeters(), o.cacheDir(), o.profile() == null ? null : o.profile().jsonName());
        };
    }

    private CaregiverDto caregiver(Caregiver caregiver) {
        WorkTerms terms = caregiver.terms();
        return new CaregiverDto(caregiver.id(), caregiver.name().equals(caregiver.id()) ? null : caregiver.name(),
                new ArrayList<>(new TreeSet<>(caregiver.skills())), caregiver.transportMode().jsonName(), caregiver
                        .capacity() == Caregiver.UNLIMITED_CAPACITY ? null : caregiver.capacity(),
                caregiver.shifts().stream().map(this::shift).toList(), terms.team(), terms.costPerHour() == 0
                        ? null
                        : terms.costPerHour(),
                terms.costPerKm() == 0 ? null : terms.costPerKm(), terms.maxOvertime().isZero()
                        ? null
                        : TimeCodec.writeDuration(terms.maxOvertime(), format));
    }

    private ShiftDto shift(Shift shift) {
        LocationDto end = shift.hasOpenEnd() || shift.endLocation().equals(shift.startLocation())
                ? null
                : location(shift.endLocation());
        ShiftRules rules = shift.rules();
        List<BreakDto> breaks = rules.breaks().stream().map(b -> new BreakDto(TimeCodec.writeDuration(b.duration(),
                format), TimeCodec.writeTime(b.earliestStart(), zone, format),
                TimeCodec.writeTime(b.latestEnd(),
                        zone, format),
                b.missable() ? Boolean.TRUE : null))
                .toList();
        ContinuousWorkRule law = rules.continuousWork();
        ContinuousWorkDto lawDto = law == null
                ? null
                : new ContinuousWorkDto(TimeCodec.writeDuration(law.maxWork(), format), TimeCodec.writeDuration(law
                        .rest(), format), law.firstPart().isZero()
                                ? null
                                : TimeCodec.writeDuration(law.firstPart(), format),
                        law.waitingCountsAsRest() ? Boolean.TRUE : null);
        return new ShiftDto(shift.id(), TimeCodec.writeTime(shift.start(), zone, format), TimeCodec.writeTime(shift
                .end(), zone, format), location(shift.startLocation()), end, shift.hasOpenEnd()
                        ? Boolean.TRUE
                        : null,
                breaks.isEmpty() ? null : breaks, rules.maxWorkingTime() == null
                        ? null
                        : TimeCodec.writeDuration(rules.maxWorkingTime(), format),
                lawDto);
    }

    private VisitDto visit(Visit visit) {
        VisitCare care = visit.care();
        List<TimeWindowDto> windows = visit.timeWindows().stream().map(w -> new TimeWindowDto(TimeCodec.writeTime(w
                .start(), zone, format), TimeCodec.writeTime(w.end(), zone, format))).toList();
        return new VisitDto(visit.id(), visit.clientId().equals(visit.id()) ? null : visit.clientId(), visit.name()
                .equals(visit.id()) ? null : visit.name(), location(visit.location()), TimeCodec.writeDuration(
                        visit
                                .duration(),
                        format),
                windows.isEmpty() ? null : windows, care.softWindows() ? Boolean.TRUE : null, visit.requiredSkills()
                        .isEmpty()
                                ? null
                                : new ArrayList<>(new TreeSet<>(visit.requiredSkills())),
                visit.priority() == 1
                        ? null
                        : visit.priority(),
                visit.mandatory() ? Boolean.TRUE : null, care.value(), visit
                        .demand() == 0 ? null : visit.demand(),
                care.preferredCaregivers().isEmpty() ? null : new TreeMap<>(care.preferredCaregivers()),
                care.excludedCaregivers().isEmpty() ? null : new ArrayList<>(new TreeSet<>(care.excludedCaregivers())),
                care.hasPreferredWindow() ? window(care.preferredWindow()) : null,
                care.maxDeviation() == null ? null : TimeCodec.writeDuration(care.maxDeviation(), format),
                parts(visit.links()), dependencies(visit.links()),
                visit.links().pinnedCaregiverId(), visit.links().pinnedStart() == null
                        ? null
                        : TimeCodec.writeTime(
                                visit.links().pinnedStart(), zone, format));
    }

    private TimeWindowDto window(TimeWindow window) {
        return new TimeWindowDto(TimeCodec.writeTime(window.start(), zone, format), TimeCodec.writeTime(window.end(),
                zone, format));
    }

    private static ClientDto client(Client client) {
        return new ClientDto(client.id(), client.hasCap() ? client.maxDistinctCaregivers() : null);
    }

    private static List<VisitPartDto> parts(VisitLinks links) {
        if (!links.hasParts()) {
            return null;
        }
        return links.parts().stream().map(part -> new VisitPartDto(part.requiredSkills().isEmpty()
                ? null
                : new ArrayList<>(new TreeSet<>(part.requiredSkills())), part.pinnedCaregiverId())).toList();
    }

    private List<VisitDependencyDto> dependencies(VisitLinks links) {
        if (links.dependencies().isEmpty()) {
            return null;
        }
        return links.dependencies().stream().map(d -> new VisitDependencyDto(d.visitId(), d.minGap().isZero()
                ? null
                : TimeCodec.writeDuration(d.minGap(), format),
                d.maxGap() == null
                        ? null
                        : TimeCodec.writeDuration(d.maxGap(), format),
                d.from() == VisitDependency.GapFrom.END
                        ? null
                        : "start",
                d.bothOrNone() ? Boolean.TRUE : null))
                .toList();
    }

    static LocationDto location(Location location) {
        return switch (location) {
            case GeoLocation g -> new LocationDto(g.lat(), g.lon(), null, null, null);
            case PlaneLocation p -> new LocationDto(null, null, p.x(), p.y(), null);
            case MatrixLocation m -> new LocationDto(null, null, null, null, m.index());
        };
    }
}
