package org.careroute.core.internal.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.VisitDependency;
import org.careroute.core.api.model.VisitLinks;
import org.careroute.core.api.model.VisitPart;
import org.careroute.core.internal.domain.CareDependency;
import org.careroute.core.internal.domain.CareVisit;

/** Turns a visit's {@link VisitLinks} into planning entities (one per part), pins and dependency facts. */
public final class LinkedVisits {

    private LinkedVisits() {
    }

    /** The planning id of part {@code part} of visit {@code visitId}. */
    public static String partId(String visitId, int part) {
        return PlannedVisit.key(visitId, part);
    }

    /** The planning id standing for the whole visit: the visit's own id, or its first part's. */
    static String leadId(Visit visit) {
        return visit.links().hasParts() ? partId(visit.id(), 0) : visit.id();
    }

    /** One planning entity for an ordinary visit, one per part for a visit served by several caregivers. */
    static List<CareVisit> careVisits(Visit visit, int index, int location, long[] windowStarts, long[] windowEnds,
            SkillIndex skills) {
        VisitLinks links = visit.links();
        long pinnedStart = links.pinnedStart() == null ? CareVisit.UNSET : links.pinnedStart().getEpochSecond();
        long duration = visit.duration().getSeconds();
        if (!links.hasParts()) {
            CareVisit single = new CareVisit(visit.id(), index, location, duration, windowStarts, windowEnds,
                    skills.mask(visit.requiredSkills()), visit.priority(), visit.mandatory(), visit.demand());
            single.pin(links.pinnedCaregiverId(), pinnedStart);
            return List.of(single);
        }
        List<CareVisit> parts = new ArrayList<>(links.parts().size());
        for (int p = 0; p < links.parts().size(); p++) {
            VisitPart part = links.parts().get(p);
            Set<String> required = new HashSet<>(visit.requiredSkills());
            required.addAll(part.requiredSkills());
            CareVisit careVisit = new CareVisit(partId(visit.id(), p), index, location, duration, windowStarts,
                    windowEnds, skills.mask(required), visit.priority(), visit.mandatory(), visit.demand());
            careVisit.pin(part.pinnedCaregiverId(), pinnedStart);
            parts.add(careVisit);
        }
        List<CareVisit> group = List.copyOf(parts);
        for (int p = 0; p < group.size(); p++) {
            group.get(p).linkAsPart(visit.id(), p, group);
        }
        return group;
    }

    /** The dependency facts of the problem, between the visits' lead parts. */
    static List<CareDependency> dependencies(Problem problem) {
        Map<String, Visit> byId = new HashMap<>();
        problem.visits().forEach(v -> byId.putIfAbsent(v.id(), v));
        List<CareDependency> result = new ArrayList<>();
        for (Visit visit : problem.visits()) {
            for (VisitDependency dependency : visit.links().dependencies()) {
                Visit before = byId.get(dependency.visitId());
                if (before == null) {
                    throw new IllegalArgumentException("Visit (" + visit.id() + ") depends on unknown visit ("
                            + dependency.visitId() + ").");
                }
                long maxGap = dependency.maxGap() == null
                        ? CareDependency.NO_MAX_GAP
                        : dependency.maxGap()
                                .getSeconds();
                result.add(new CareDependency(leadId(before), leadId(visit), dependency.minGap().getSeconds(),
                        maxGap, dependency.from() == VisitDependency.GapFrom.START, dependency.bothOrNone()));
            }
        }
        return List.copyOf(result);
    }
}
