package org.careroute.core.internal.model;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.Visit;
import org.careroute.core.internal.domain.CareClient;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareTeam;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.domain.VisitFacts;
import org.careroute.core.internal.score.CareConstraintProvider;
import org.careroute.core.internal.travel.DenseCopy;
import org.careroute.core.internal.travel.DenseTravelMatrix;
import org.careroute.core.internal.travel.LocationIndex;
import org.careroute.core.internal.travel.TravelMatrices;

/** Turns an api {@link Problem} into the solver's {@link CareSchedule}, once per solve. */
public final class ScheduleFactory {

    private ScheduleFactory() {
    }

    /** A schedule with every visit unassigned, plus what is needed to map it back. */
    public record Built(CareSchedule schedule, Map<String, Caregiver> caregiverByShiftId, TravelMatrices travel,
            SkillIndex skills) {
    }

    public static Built build(Problem problem) {
        TravelMatrices travel = TravelMatrices.build(problem);
        return build(problem, travel);
    }

    public static Built build(Problem problem, TravelMatrices travel) {
        SkillIndex skills = SkillIndex.of(problem);
        LocationIndex locations = travel.locationIndex();
        List<CareShift> shifts = new ArrayList<>();
        Map<String, Caregiver> caregiverByShiftId = new HashMap<>();
        Map<String, CareTeam> teams = WorkingDayRulesFactory.teams(problem);
        Map<String, Integer> caregiverIndex = new HashMap<>();
        for (Caregiver caregiver : problem.caregivers()) {
            caregiverIndex.putIfAbsent(caregiver.id(), caregiverIndex.size());
        }
        for (Caregiver caregiver : problem.caregivers()) {
            DenseTravelMatrix matrix = DenseCopy.of(travel.forMode(caregiver.transportMode()));
            long skillMask = skills.mask(caregiver.skills());
            long capacity = caregiver.capacity() == Caregiver.UNLIMITED_CAPACITY
                    ? CareShift.UNLIMITED
                    : caregiver.capacity();
            for (Shift shift : caregiver.shifts()) {
                int endLocation = shift.hasOpenEnd() ? CareShift.OPEN_END : locations.indexOf(shift.endLocation());
                shifts.add(new CareShift(shift.id(), caregiver.id(), caregiverIndex.get(caregiver.id()), skillMask,
                        capacity,
                        shift.start().getEpochSecond(), shift.end().getEpochSecond(),
                        locations.indexOf(shift.startLocation()), endLocation, matrix));
                shifts.getLast().setRules(WorkingDayRulesFactory.rules(caregiver, shift, teams));
                caregiverByShiftId.put(shift.id(), caregiver);
            }
        }
        Map<String, CareClient> clients = PatientCareFacts.clients(problem);
        List<CareVisit> visits = new ArrayList<>(problem.visits().size());
        for (int i = 0; i < problem.visits().size(); i++) {
            Visit visit = problem.visits().get(i);
            List<TimeWindow> windows = visit.timeWindows();
            long[] starts = new long[windows.size()];
            long[] ends = new long[windows.size()];
            for (int w = 0; w < windows.size(); w++) {
                starts[w] = windows.get(w).start().getEpochSecond();
                ends[w] = windows.get(w).end().getEpochSecond();
            }
            long[] softEnds = visit.care().softWindows() && ends.length > 0 ? ends : null;
            if (softEnds != null) {
                ends = VisitFacts.softWindowReach(starts, softEnds);
            }
            for (CareVisit careVisit : LinkedVisits.careVisits(visit, i, locations.indexOf(visit.location()), starts,
                    ends, skills)) {
                visits.add(careVisit.withCare(PatientCareFacts.preferences(visit, caregiverIndex), clients.get(visit
                        .clientId())));
                if (visit.care().hasValue()) {
                    careVisit.weighByValue(visit.care().value());
                }
                if (softEnds != null) {
                    careVisit.softenWindows(softEnds);
                }
            }
        }
        CareSchedule schedule = new CareSchedule(shifts, visits, weightOverrides(problem));
        schedule.setDependencies(LinkedVisits.dependencies(problem));
        return new Built(schedule, caregiverByShiftId, travel, skills);
    }

    /** Every constraint's weight: the problem's override or the default. */
    public static ConstraintWeightOverrides<HardMediumSoftScore> weightOverrides(Problem problem) {
        Map<String, HardMediumSoftScore> weights = new HashMap<>();
        Set<CareConstraint> unused = WorkingDayRulesFactory.unusedRules(problem);
        for (CareConstraint rule : CareConstraint.values()) {
            // A working-day rule no shift or caregiver uses scores 0 anyway: switched off, its nodes cost nothing.
            long value = unused.contains(rule)
                    ? 0
                    : problem.constraintWeights().getOrDefault(rule.id(), rule.defaultWeight());
            weights.put(rule.id(), CareConstraintProvider.weight(rule, value));
        }
        return ConstraintWeightOverrides.of(weights);
    }
}
