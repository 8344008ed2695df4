package org.careroute.datasets.region;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Visit;

/**
 * A generated problem with the generator's report.
 *
 * @param madeOptional
 *            every visit of a mandatory kind the generator made optional, in the problem's order, with the reason
 * @param plantedPlan
 *            a plan that keeps every hard rule of the problem (planted days only, else {@code null})
 * @param mandatoryPlan
 *            a plan that keeps every hard rule of the problem and serves every mandatory visit, verified: the proof
 *            that the day can be planned (on planted days the planted plan)
 */
public record GeneratedDay(Problem problem, List<MadeOptional> madeOptional, Plan plantedPlan, Plan mandatoryPlan) {

    public GeneratedDay {
        Objects.requireNonNull(problem, "problem");
        madeOptional = List.copyOf(madeOptional);
    }

    /** Why a visit of a mandatory kind is optional in the generated problem. */
    public enum Cause {
        /** No qualified shift can reach and finish it within its windows, even on a route of its own. */
        UNREACHABLE,
        /** The mandatory visits due at that time at its base exceed what the team's staff there can do. */
        MANDATORY_PEAK,
        /**
         * Reachable alone, but careroute's plan of all the day's mandatory visits leaves it out or serves it late:
         * the shifts that can reach it are needed for other mandatory visits at that time ({@link MandatoryPlan}).
         */
        CONTENDED
    }

    /** One visit made optional: its id and name in the problem, the cause and the reason in words. */
    public record MadeOptional(String visitId, String name, Cause cause, String reason) {
    }

    /**
     * A planted day with only the visits its planted plan serves: the same staff, the optional extras the planted plan
     * leaves out removed, and the planted routes scored anew on that problem (the score of every constraint that
     * counts over the day, e.g. continuity of care, is of these visits). A solver's plan of it and the planted plan
     * serve the same visits, so their costs compare like for like.
     *
     * @return the smaller day with its planted plan
     * @throws IllegalStateException
     *             when this is not a planted day
     */
    public GeneratedDay plantedVisitsOnly() {
        if (plantedPlan == null) {
            throw new IllegalStateException(problem.name() + " is not a planted day.");
        }
        return PlantedPlan.plantedVisitsOnly(this);
    }

    /** How many visits were made optional for a cause. */
    public long count(Cause cause) {
        return madeOptional.stream().filter(m -> m.cause() == cause).count();
    }

    /**
     * The problem with every mandatory visit that no qualified shift can serve on a route of its own made optional
     * ({@link Reachability}), then every one that the plan of all mandatory visits together cannot serve
     * ({@link MandatoryPlan}), and the report of those and of {@code peaks} (visit id to reason).
     */
    static GeneratedDay plannable(Problem problem, Map<String, String> peaks) {
        Set<String> mandatory = problem.visits().stream().filter(Visit::mandatory).map(Visit::id).collect(Collectors
                .toSet());
        Map<String, String> unreachable = Reachability.unreachable(problem, mandatory);
        Map<String, MadeOptional> report = new LinkedHashMap<>();
        List<Visit> visits = new ArrayList<>(problem.visits().size());
        for (Visit v : problem.visits()) {
            if (unreachable.containsKey(v.id())) {
                report.put(v.id(), new MadeOptional(v.id(), v.name(), Cause.UNREACHABLE, unreachable.get(v.id())));
                visits.add(optional(v));
            } else {
                if (peaks.containsKey(v.id())) {
                    report.put(v.id(), new MadeOptional(v.id(), v.name(), Cause.MANDATORY_PEAK, peaks.get(v.id())));
                }
                visits.add(v);
            }
        }
        Problem reachable = new Problem(problem.name(), problem.timeZone(), problem.timeFormat(), problem.travel(),
                problem.caregivers(), visits, problem.constraintWeights(), problem.clients());
        MandatoryPlan.Result checked = MandatoryPlan.of(reachable);
        for (Visit v : reachable.visits()) {
            String reason = checked.madeOptional().get(v.id());
            if (reason != null) {
                report.put(v.id(), new MadeOptional(v.id(), v.name(), Cause.CONTENDED, reason));
            }
        }
        List<MadeOptional> ordered = checked.day().visits().stream().map(v -> report.get(v.id())).filter(
                Objects::nonNull).toList();
        return new GeneratedDay(checked.day(), ordered, null, checked.plan());
    }

    /** The visit made optional (same priority). */
    static Visit optional(Visit v) {
        return new Visit(v.id(), v.clientId(), v.name(), v.location(), v.duration(), v.timeWindows(), v
                .requiredSkills(), v.priority(), false, v.demand(), v.care(), v.links());
    }
}
