package org.careroute.core.internal.output;

import java.util.ArrayList;
import java.util.List;

import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.domain.VisitFacts;
import org.careroute.core.internal.model.ScheduleFactory;

/**
 * First-level reasons why a visit is unassigned: no qualified caregiver at all, no qualified shift that could even
 * reach it in time on an otherwise empty route, or (when some could) that fitting it in would break a hard rule or
 * cost more than leaving it out.
 */
final class UnassignedDiagnosis {

    private final ScheduleFactory.Built built;

    UnassignedDiagnosis(ScheduleFactory.Built built) {
        this.built = built;
    }

    List<String> reasons(CareVisit visit) {
        List<String> reasons = new ArrayList<>();
        List<CareShift> shifts = built.schedule().getShifts();
        if (shifts.isEmpty()) {
            reasons.add("no shifts are planned");
            return reasons;
        }
        int qualified = 0;
        int excluded = 0;
        int reachable = 0;
        for (CareShift shift : shifts) {
            if ((visit.facts().skillMask() & ~shift.getSkillMask()) != 0) {
                continue;
            }
            if (visit.facts().care().excludes(shift.getCaregiverIndex())) {
                excluded++;
                continue;
            }
            qualified++;
            long arrival = shift.getStart()
                    + shift.getTravel().durationSeconds(shift.getStartLocation(), visit.facts().location());
            long start = visit.facts().serviceStartFor(arrival);
            boolean onTime = visit.facts().windowEnds().length == 0
                    || arrival <= visit.facts().windowEnds()[visit.facts().windowEnds().length - 1];
            long back = start + visit.facts().duration() + (shift.hasOpenEnd()
                    ? 0
                    : shift.getTravel().durationSeconds(visit.facts().location(), shift.getEndLocation()));
            if (onTime && back <= shift.getEnd()) {
                reachable++;
            }
        }
        if (qualified == 0 && excluded > 0) {
            reasons.add("the patient excluded the caregivers of all " + excluded + " qualified shifts");
        } else if (qualified == 0) {
            reasons.add("no caregiver has the required skills " + built.skills().skillsOf(visit.facts().skillMask()));
        } else if (reachable == 0) {
            reasons.add("none of the " + qualified + " qualified shifts can reach the visit inside its time windows"
                    + " and be back before the shift ends");
        } else {
            reasons.add(reachable + " qualified shifts could reach the visit, but fitting it into their routes would"
                    + " break a hard rule (time windows, shift end, capacity) or cost more than leaving it out");
        }
        if (!visit.facts().mandatory() && qualified > 0 && visit.facts().value() != VisitFacts.NO_VALUE) {
            reasons.add("optional visit of value " + visit.facts().value() + ": the plan leaves it out where serving it"
                    + " costs more than it is worth");
        } else if (!visit.facts().mandatory() && qualified > 0) {
            reasons.add("optional visit of priority " + visit.facts().priority() + ": when capacity is short the plan"
                    + " leaves out the least important optional visits first");
        }
        return reasons;
    }
}
