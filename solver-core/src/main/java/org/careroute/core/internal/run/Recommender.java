package org.careroute.core.internal.run;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.domain.variable.descriptor.ListVariableDescriptor;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.score.director.ScoreDirectorFactory;
import ai.timefold.solver.core.impl.solver.DefaultSolverFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.careroute.core.api.Recommendation;
import org.careroute.core.api.Recommendations;
import org.careroute.core.api.Replanning;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.travel.TravelMatrixSource;
import org.careroute.core.internal.construction.WarmStart;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.explain.InsertionEstimate;
import org.careroute.core.internal.model.ScheduleFactory;
import org.careroute.core.internal.travel.TravelMatrices;

/**
 * What-if insertion of one visit into a plan, without changing it: every position of every qualified shift is
 * estimated with the route simulation of the unassigned-visit diagnosis ({@link InsertionEstimate}), and the most
 * promising ones are scored exactly by Timefold's score director, inserted the way a solver move inserts (shadow
 * variables and constraint streams updated incrementally, then undone), so that the ranking agrees with the
 * solver's score.
 */
public final class Recommender {

    /** At least this many estimated places are scored exactly. */
    static final int MIN_EXACT = 12;

    private Recommender() {
    }

    /**
     * @param warmStart
     *            maps the plan onto the schedule (plain, or re-planning for a plan with a re-planning time, which
     *            keeps its started visits first and counts visits pushed beyond the change tolerance)
     */
    public static Recommendations recommend(Problem problem, Plan plan, String visitId, int top,
            TravelMatrixSource travelSource, WarmStart warmStart) {
        Visit target = problem.visits().stream().filter(v -> v.id().equals(visitId)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("Visit " + visitId + " is not in the problem."));
        TravelMatrices travel = TravelMatrices.build(problem, travelSource);
        ScheduleFactory.Built built = ScheduleFactory.build(problem, travel);
        CareSchedule schedule = built.schedule();
        warmStart.apply(schedule);
        CareVisit visit = schedule.getVisits().stream().filter(v -> v.getId().equals(visitId)).findFirst()
                .orElseThrow();
        String currentShift = null;
        for (CareShift shift : schedule.getShifts()) {
            int at = shift.getVisits().indexOf(visit);
            if (at >= 0) {
                currentShift = shift.getId();
                List<CareVisit> route = new ArrayList<>(shift.getVisits());
                route.remove(at);
                shift.setVisits(route);
                shift.setFirstUnpinnedIndex(Math.min(shift.getFirstUnpinnedIndex(), route.size()));
            }
        }
        visit.setReplanning(visit.facts().notBefore(), null, CareVisit.UNSET, 0, false);
        for (CareShift shift : schedule.getShifts()) {
            shift.setVisits(new ArrayList<>(shift.getVisits()));
        }
        Map<String, CareShift> shifts = new HashMap<>();
        schedule.getShifts().forEach(s -> shifts.put(s.getId(), s));
        List<InsertionEstimate> estimates = new ArrayList<>(InsertionEstimate.all(problem, travel, routes(problem,
                schedule), target, shiftId -> shifts.get(shiftId).getFirstUnpinnedIndex()));
        estimates.sort(Comparator.comparingLong(InsertionEstimate::hard).thenComparingLong(InsertionEstimate::soft));
        SolverFactory<CareSchedule> created = SolverFactory.create(SolverRun.solverConfig(SolveOptions.defaults()));
        DefaultSolverFactory<CareSchedule> factory = (DefaultSolverFactory<CareSchedule>) created;
        ScoreDirectorFactory<CareSchedule, HardMediumSoftScore> directors = factory.getScoreDirectorFactory();
        int exact = Math.min(estimates.size(), Math.max(MIN_EXACT, 3 * top));
        List<Recommendation> scored = new ArrayList<>(exact);
        HardMediumSoftScore base;
        try (InnerScoreDirector<CareSchedule, HardMediumSoftScore> director = directors.buildScoreDirector()) {
            director.setWorkingSolution(schedule);
            base = director.calculateScore().raw();
            ListVariableDescriptor<CareSchedule> visits = director.getSolutionDescriptor().getListVariableDescriptor();
            for (InsertionEstimate estimate : estimates.subList(0, exact)) {
                scored.add(score(director, visits, shifts.get(estimate.shiftId()), visit, estimate.position(),
                        base));
            }
        }
        scored.sort(Comparator.comparingLong((Recommendation r) -> -r.hardChange()).thenComparingLong(r -> -r
                .mediumChange()).thenComparingLong(r -> -r.softChange()));
        List<Recommendation> ranked = new ArrayList<>();
        for (int i = 0; i < Math.min(top, scored.size()); i++) {
            Recommendation r = scored.get(i);
            ranked.add(new Recommendation(i + 1, r.caregiverId(), r.shiftId(), r.position(), r.afterVisitId(), r
                    .arrival(), r.start(), r.end(), r.hardChange(), r.mediumChange(), r.softChange()));
        }
        return new Recommendations(visitId, currentShift, base.toString(), estimates.size(), ranked);
    }

    /**
     * Inserts the visit the way a move of the solver does (through the score director, so shadow variables and
     * score are updated incrementally), reads score and times, and undoes the insertion.
     */
    private static Recommendation score(InnerScoreDirector<CareSchedule, HardMediumSoftScore> director,
            ListVariableDescriptor<CareSchedule> visits, CareShift shift, CareVisit visit, int position,
            HardMediumSoftScore base) {
        List<CareVisit> route = shift.getVisits();
        director.beforeListVariableElementAssigned(visits, visit);
        director.beforeListVariableChanged(visits, shift, position, position);
        route.add(position, visit);
        director.afterListVariableChanged(visits, shift, position, position + 1);
        director.afterListVariableElementAssigned(visits, visit);
        director.triggerVariableListeners();
        HardMediumSoftScore score = director.calculateScore().raw();
        Recommendation recommendation = new Recommendation(0, shift.getCaregiverId(), shift.getId(), position,
                position == 0 ? null : route.get(position - 1).getId(), Instant.ofEpochSecond(visit.getArrivalTime()),
                Instant.ofEpochSecond(visit.getServiceStart()), Instant.ofEpochSecond(visit.getEndTime()), score
                        .hardScore() - base.hardScore(),
                score.mediumScore() - base.mediumScore(), score.softScore()
                        - base.softScore());
        director.beforeListVariableElementUnassigned(visits, visit);
        director.beforeListVariableChanged(visits, shift, position, position + 1);
        route.remove(position);
        director.afterListVariableChanged(visits, shift, position, position);
        director.afterListVariableElementUnassigned(visits, visit);
        director.triggerVariableListeners();
        return recommendation;
    }

    private static Map<String, List<Visit>> routes(Problem problem, CareSchedule schedule) {
        Map<String, Visit> visits = new HashMap<>();
        problem.visits().forEach(v -> visits.putIfAbsent(v.id(), v));
        Map<String, List<Visit>> routes = new HashMap<>();
        for (CareShift shift : schedule.getShifts()) {
            routes.put(shift.getId(), shift.getVisits().stream().map(v -> Objects.requireNonNull(visits.get(v
                    .getId()))).toList());
        }
        return routes;
    }

    /** The warm start for recommending into {@code plan}: re-planning rules when it has a re-planning time. */
    public static WarmStart warmStartFor(Plan plan, String source) {
        if (plan.changes() != null && plan.changes().now() != null) {
            return WarmStart.replanning(new Replanning(plan, source, plan.changes().now(), plan.changes()
                    .changeTolerance()));
        }
        return WarmStart.plain(plan, source);
    }
}
