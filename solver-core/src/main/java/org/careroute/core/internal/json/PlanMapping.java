package org.careroute.core.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.careroute.core.api.InputError;
import org.careroute.core.api.model.Leg;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlanChanges;
import org.careroute.core.api.model.PlanSummary;
import org.careroute.core.api.model.PlannedBreak;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.StartedBreak;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.UnassignedVisit;
import org.careroute.core.api.model.VisitChange;
import org.careroute.core.internal.json.PlanDtos.BreakDto;
import org.careroute.core.internal.json.PlanDtos.ChangesDto;
import org.careroute.core.internal.json.PlanDtos.LegDto;
import org.careroute.core.internal.json.PlanDtos.PlanDto;
import org.careroute.core.internal.json.PlanDtos.PlannedVisitDto;
import org.careroute.core.internal.json.PlanDtos.ShiftPlanDto;
import org.careroute.core.internal.json.PlanDtos.StartedBreakDto;
import org.careroute.core.internal.json.PlanDtos.SummaryDto;
import org.careroute.core.internal.json.PlanDtos.UnassignedDto;
import org.careroute.core.internal.json.PlanDtos.VisitChangeDto;

/** Plans to and from the wire form. */
final class PlanMapping {

    private PlanMapping() {
    }

    static PlanDto toDto(Plan plan, Problem problem) {
        ZoneId zone = problem.timeZone();
        TimeFormat format = problem.timeFormat();
        PlanSummary s = plan.summary();
        SummaryDto summary = new SummaryDto(s.hardScore(), s.mediumScore(), s.softScore(), s.feasible(), s
                .assignedVisits(), s.unassignedVisits(), s.totalTravelSeconds(), s.totalDistanceMeters(),
                s
                        .totalWaitingSeconds(),
                s.usedShifts());
        List<ShiftPlanDto> shifts = plan.shifts().stream().map(shift -> new ShiftPlanDto(shift.shiftId(), shift
                .caregiverId(), TimeCodec.writeTime(shift.departure(), zone, format),
                TimeCodec.writeTime(shift
                        .returnTime(), zone, format),
                shift.travelSeconds(), shift.distanceMeters(), leg(shift
                        .returnLeg()),
                shift.visits().stream().map(visit -> new PlannedVisitDto(visit.visitId(),
                        TimeCodec.writeTime(visit.arrival(), zone, format), TimeCodec.writeTime(visit
                                .start(), zone, format),
                        TimeCodec.writeTime(visit.end(), zone,
                                format),
                        visit.waitingSeconds(), leg(visit
                                .travelFromPrevious()),
                        visit.isPart() ? visit.part() : null))
                        .toList(),
                shift.breaks().stream().map(b -> new BreakDto(b.breakIndex(), TimeCodec.writeTime(b.start(), zone,
                        format), TimeCodec.writeTime(b.end(), zone, format), b.visitId())).toList()))
                .toList();
        List<UnassignedDto> unassigned = plan.unassignedVisits().stream().map(u -> new UnassignedDto(u.visitId(), u
                .mandatory(), u.reasons())).toList();
        return new PlanDto(Problem.FORMAT_VERSION, plan.problemName(), plan.score(), summary, shifts, unassigned,
                changes(plan.changes(), zone, format));
    }

    private static ChangesDto changes(PlanChanges changes, ZoneId zone, TimeFormat format) {
        if (changes == null) {
            return null;
        }
        List<VisitChangeDto> visits = changes.visits().stream().map(c -> new VisitChangeDto(c.visitId(), c.isPart()
                ? c.part()
                : null, c.kind().id(), c.previousShiftId(), time(c.previousStart(), zone, format), c.shiftId(),
                time(c.start(), zone,
                        format),
                c.reason())).toList();
        List<StartedBreakDto> started = changes.startedBreaks().stream().map(b -> new StartedBreakDto(b.shiftId(), b
                .breakIndex(), time(b.start(), zone, format), time(b.end(), zone, format), b.visitId())).toList();
        return new ChangesDto(time(changes.now(), zone, format), changes.changeTolerance().toSeconds(), changes
                .changedVisits(), visits, changes.notes(), started);
    }

    private static JsonNode time(Instant time, ZoneId zone, TimeFormat format) {
        return time == null ? null : TimeCodec.writeTime(time, zone, format);
    }

    private static PlanChanges changes(ChangesDto dto, String source, List<InputError> errors) {
        if (dto == null) {
            return null;
        }
        List<VisitChange> visits = new ArrayList<>();
        for (int i = 0; i < dto.visits().size(); i++) {
            VisitChangeDto c = dto.visits().get(i);
            String pointer = "/changes/visits/" + i;
            VisitChange.Kind kind = VisitChange.Kind.byId(c.change()).orElse(VisitChange.Kind.KEPT);
            int part = c.part() == null || c.part() < 0 ? PlannedVisit.NO_PART : c.part();
            visits.add(new VisitChange(c.visitId(), part, kind, c.previousShiftId(), optionalTime(c.previousStart(),
                    pointer + "/previousStart", source, errors), c.shiftId(),
                    optionalTime(c.start(), pointer
                            + "/start", source, errors),
                    c.reason()));
        }
        List<StartedBreak> started = new ArrayList<>();
        List<StartedBreakDto> startedDtos = dto.startedBreaks() == null ? List.of() : dto.startedBreaks();
        for (int i = 0; i < startedDtos.size(); i++) {
            StartedBreakDto b = startedDtos.get(i);
            String pointer = "/changes/startedBreaks/" + i;
            started.add(new StartedBreak(b.shiftId(), b.breakIndex(), time(b.start(), pointer + "/start", source,
                    errors), time(b.end(), pointer + "/end", source, errors), b.visitId()));
        }
        return new PlanChanges(optionalTime(dto.now(), "/changes/now", source, errors), Duration.ofSeconds(dto
                .changeToleranceSeconds()), dto.changedVisits(), visits, dto.notes(), started);
    }

    private static Instant optionalTime(JsonNode node, String pointer, String source, List<InputError> errors) {
        return node == null || node.isNull() ? null : time(node, pointer, source, errors);
    }

    private static LegDto leg(Leg leg) {
        return new LegDto(leg.seconds(), leg.meters());
    }

    /** The plan, or {@code null} when {@code errors} got at least one entry. */
    static Plan fromDto(PlanDto dto, String source, List<InputError> errors) {
        int before = errors.size();
        SummaryDto s = dto.summary();
        PlanSummary summary = new PlanSummary(s.hardScore(), s.mediumScore(), s.softScore(), s.feasible(), s
                .assignedVisits(), s.unassignedVisits(), s.totalTravelSeconds(), s.totalDistanceMeters(),
                s
                        .totalWaitingSeconds(),
                s.usedShifts());
        List<ShiftPlan> shifts = new ArrayList<>();
        for (int i = 0; i < dto.shifts().size(); i++) {
            ShiftPlanDto shift = dto.shifts().get(i);
            String pointer = "/shifts/" + i;
            Instant departure = time(shift.departure(), pointer + "/departure", source, errors);
            Instant returnTime = time(shift.returnTime(), pointer + "/returnTime", source, errors);
            List<PlannedVisit> visits = new ArrayList<>();
            for (int v = 0; v < shift.visits().size(); v++) {
                PlannedVisitDto visit = shift.visits().get(v);
                String visitPointer = pointer + "/visits/" + v;
                visits.add(new PlannedVisit(visit.visitId(), time(visit.arrival(), visitPointer + "/arrival", source,
                        errors), time(visit.start(), visitPointer + "/start", source, errors),
                        time(visit.end(),
                                visitPointer + "/end", source, errors),
                        visit.waitingSeconds(), new Leg(visit.travel()
                                .seconds(), visit.travel().meters()),
                        visit.part() == null
                                ? PlannedVisit.NO_PART
                                : visit.part()));
            }
            List<PlannedBreak> breaks = new ArrayList<>();
            List<BreakDto> breakDtos = shift.breaks() == null ? List.of() : shift.breaks();
            for (int b = 0; b < breakDtos.size(); b++) {
                BreakDto breakDto = breakDtos.get(b);
                String breakPointer = pointer + "/breaks/" + b;
                breaks.add(new PlannedBreak(breakDto.breakIndex(), time(breakDto.start(), breakPointer + "/start",
                        source, errors), time(breakDto.end(), breakPointer + "/end", source, errors),
                        breakDto
                                .visitId()));
            }
            shifts.add(new ShiftPlan(shift.shiftId(), shift.caregiverId(), departure, returnTime, visits, new Leg(shift
                    .returnLeg().seconds(), shift.returnLeg().meters()), shift.travelSeconds(), shift
                            .distanceMeters(),
                    breaks));
        }
        List<UnassignedVisit> unassigned = dto.unassignedVisits().stream().map(u -> new UnassignedVisit(u.visitId(),
                u.mandatory(), u.reasons())).toList();
        PlanChanges changes = changes(dto.changes(), source, errors);
        return errors.size() > before
                ? null
                : new Plan(dto.problemName(), dto.score(), summary, shifts, unassigned, changes);
    }

    private static Instant time(JsonNode node, String pointer, String source, List<InputError> errors) {
        try {
            return TimeCodec.readPlanTime(node);
        } catch (DateTimeException | ArithmeticException e) {
            errors.add(new InputError(source, pointer, e.getMessage()));
            return null;
        }
    }
}
