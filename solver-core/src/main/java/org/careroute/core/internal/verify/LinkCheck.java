package org.careroute.core.internal.verify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.VisitDependency;
import org.careroute.core.api.model.VisitPart;

/**
 * The rules of linked visits across routes: every part of a double-staffed visit planned, by different caregivers,
 * starting at the same second; dependency gaps and both-or-none; pinned caregivers and starts. Runs after every route
 * was recomputed.
 */
final class LinkCheck {

    private final Verification verification;
    private final TimeText text;
    private final Map<String, List<Verification.Service>> services;

    LinkCheck(Verification verification) {
        this.verification = verification;
        this.text = verification.text();
        this.services = verification.services();
    }

    void run() {
        for (Visit visit : verification.visitsById().values()) {
            List<Verification.Service> served = services.getOrDefault(visit.id(), List.of());
            if (visit.links().hasParts() && !served.isEmpty()) {
                checkParts(visit, served);
            }
            checkPins(visit, served);
            for (VisitDependency dependency : visit.links().dependencies()) {
                checkDependency(visit, served, dependency);
                if (dependency.bothOrNone()) {
                    checkBothOrNone(visit, dependency);
                }
            }
            boolean waitsInLoop = !visit.links().hasParts() && !served.isEmpty() && LinkedTimes.waits(visit,
                    verification.visitsById()) && verification.linkedTimes().unsettled().contains(visit.id());
            if (waitsInLoop) {
                verification.rule(CareConstraint.LINKED_TIMES_INCONSISTENT, served.getFirst().shiftId(), visit
                        .id(), served.size(),
                        "Visit " + Verification.describe(visit) + " waits for the visits it"
                                + " depends on, which wait for it in a loop (served after it in a route): its start"
                                + " never settles.");
            }
            if (!waitsInLoop && !served.isEmpty() && verification.linkedTimes().looped().contains(visit.id())) {
                verification.rule(CareConstraint.LINKED_TIMES_INCONSISTENT, served.getFirst().shiftId(), visit
                        .id(), served.size(),
                        "Visit " + Verification.describe(visit) + " is one of a sequential"
                                + " pair whose first caregiver waits for the second, and the routes make that wait"
                                + " depend on itself (a loop through the routes, their linked visits and gaps).");
            }
        }
    }

    private void checkParts(Visit visit, List<Verification.Service> served) {
        int missing = verification.missingParts(visit);
        if (missing > 0) {
            verification.rule(CareConstraint.LINKED_VISIT_PARTLY_ASSIGNED, served.getFirst().shiftId(), visit.id(),
                    missing, "Visit " + Verification.describe(visit) + " needs " + visit.links().parts().size()
                            + " caregivers at once, but " + missing + " of its parts are not planned.");
        }
        for (int i = 0; i < served.size(); i++) {
            for (int j = i + 1; j < served.size(); j++) {
                Verification.Service a = served.get(i);
                Verification.Service b = served.get(j);
                if (a.caregiverId().equals(b.caregiverId()) && a.stop().part() != b.stop().part()) {
                    verification.rule(CareConstraint.LINKED_PARTS_SAME_CAREGIVER, b.shiftId(), visit.id(), 1,
                            "Parts " + a.stop().part() + " and " + b.stop().part() + " of visit " + Verification
                                    .describe(visit) + " are both served by caregiver " + a.caregiverId()
                                    + "; each part needs a different caregiver.");
                }
            }
        }
        if (verification.linkedTimes().unsettled().contains(visit.id())) {
            verification.rule(CareConstraint.LINKED_TIMES_INCONSISTENT, served.getFirst().shiftId(), visit.id(),
                    served.size(), "The parts of visit " + Verification.describe(visit) + " wait on each other in a"
                            + " loop (routes serve linked visits in opposite orders): their start never settles.");
        } else {
            // a loop has no common start to report; that plan is infeasible by the rule above
            checkEqualStarts(visit, served);
        }
    }

    /** The plan must report the same start, to the second, for every part. */
    private void checkEqualStarts(Visit visit, List<Verification.Service> served) {
        Instant first = served.getFirst().reportedStart();
        List<String> starts = new ArrayList<>();
        boolean equal = true;
        for (Verification.Service service : served) {
            equal &= Objects.equals(first, service.reportedStart());
            starts.add("part " + service.stop().part() + " at " + text.instant(service.reportedStart()));
        }
        if (!equal) {
            verification.structure(served.getFirst().shiftId(), visit.id(), "The parts of visit " + visit.id()
                    + " start at different times in the plan (" + String.join(", ", starts) + "); all parts of a"
                    + " visit start together.");
        }
    }

    private void checkPins(Visit visit, List<Verification.Service> served) {
        String pinned = visit.links().pinnedCaregiverId();
        if (pinned != null && !visit.links().hasParts()) {
            checkPinnedCaregiver(visit, served.isEmpty() ? null : served.getFirst(), pinned, "Visit " + Verification
                    .describe(visit));
        }
        List<VisitPart> parts = visit.links().parts();
        for (int p = 0; p < parts.size(); p++) {
            if (parts.get(p).pinnedCaregiverId() != null) {
                Verification.Service service = null;
                for (Verification.Service candidate : served) {
                    if (candidate.stop().part() == p) {
                        service = candidate;
                    }
                }
                checkPinnedCaregiver(visit, service, parts.get(p).pinnedCaregiverId(), "Part " + p + " of visit "
                        + Verification.describe(visit));
            }
        }
        for (Verification.Service service : served) {
            long delay = service.stop().pinnedStartDelay();
            if (delay > 0) {
                verification.rule(CareConstraint.PINNED_START, service.shiftId(), visit.id(), delay, "Visit "
                        + Verification.describe(visit) + " starts " + text.instant(service.stop().start()) + ", "
                        + text.duration(delay) + " after its pinned start " + text.instant(visit.links()
                                .pinnedStart())
                        + ".");
            }
        }
    }

    private void checkPinnedCaregiver(Visit visit, Verification.Service service, String pinned, String what) {
        if (service == null) {
            verification.rule(CareConstraint.PINNED_CAREGIVER, null, visit.id(), 1, what + " is pinned to caregiver "
                    + pinned + " but is not planned.");
        } else if (!service.caregiverId().equals(pinned)) {
            verification.rule(CareConstraint.PINNED_CAREGIVER, service.shiftId(), visit.id(), 1, what
                    + " is pinned to caregiver " + pinned + " but served by caregiver " + service.caregiverId()
                    + ".");
        }
    }

    private void checkBothOrNone(Visit visit, VisitDependency dependency) {
        Visit earlier = verification.visitsById().get(dependency.visitId());
        if (earlier == null) {
            return;
        }
        boolean laterPlanned = verification.isLeadPlanned(visit);
        if (laterPlanned == verification.isLeadPlanned(earlier)) {
            return;
        }
        Visit planned = laterPlanned ? visit : earlier;
        Visit missing = laterPlanned ? earlier : visit;
        verification.rule(CareConstraint.DEPENDENCY_BOTH_OR_NONE, null, missing.id(), 1, "Visit " + Verification
                .describe(missing) + " is not planned, but visit " + Verification.describe(planned) + " is, and the"
                + " two are planned both or neither; plan both or leave both out.");
    }

    private void checkDependency(Visit visit, List<Verification.Service> served, VisitDependency dependency) {
        List<Verification.Service> before = services.getOrDefault(dependency.visitId(), List.of());
        Visit earlier = verification.visitsById().get(dependency.visitId());
        if (served.isEmpty() || before.isEmpty() || earlier == null) {
            return;
        }
        long start = served.getFirst().stop().start();
        long anchor = dependency.from() == VisitDependency.GapFrom.START
                ? before.getFirst().stop().start()
                : before.getFirst().stop().end();
        long gap = start - anchor;
        long min = dependency.minGap().toSeconds();
        long max = dependency.maxGap() == null ? Long.MAX_VALUE : dependency.maxGap().toSeconds();
        long off = gap < min ? min - gap : gap > max ? gap - max : 0;
        if (off == 0) {
            return;
        }
        long minutes = (off + 59) / 60;
        String anchorText = dependency.from() == VisitDependency.GapFrom.START ? "starts" : "ends";
        String limit = gap < min
                ? "at least " + text.duration(min)
                : "at most " + text.duration(max);
        verification.rule(CareConstraint.VISIT_DEPENDENCY, served.getFirst().shiftId(), visit.id(), minutes, "Visit "
                + Verification.describe(visit) + " starts " + text.instant(start) + ", " + text.duration(Math.abs(
                        gap))
                + (gap < 0 ? " before " : " after ") + "visit " + earlier.id() + " " + anchorText + " ("
                + text.instant(anchor) + "); it must start " + limit + " after.");
    }
}
