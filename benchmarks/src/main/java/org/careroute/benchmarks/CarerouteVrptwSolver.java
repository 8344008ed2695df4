package org.careroute.benchmarks;

import java.util.ArrayList;
import java.util.List;

import org.careroute.core.api.Planner;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.SolveResult;
import org.careroute.core.api.SolveStatistics;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.datasets.vrptw.VrptwInstance;
import org.careroute.datasets.vrptw.VrptwProblems;

/**
 * careroute as shipped: the instance through {@link VrptwProblems} (×1000, legs rounded up, distance objective),
 * solved by {@link Planner} with its default search configuration on one thread.
 */
public final class CarerouteVrptwSolver implements VrptwSolver {

    private final Planner planner = Planner.create();

    @Override
    public String name() {
        return "careroute";
    }

    @Override
    public Routes solve(VrptwInstance instance, Budget budget) {
        SolveOptions options = new SolveOptions(budget.timeLimit(), null, null, budget.moveCountLimit(), budget
                .seed(), null);
        SolveResult result = planner.solveWithStatistics(VrptwProblems.toProblem(instance), options);
        List<List<Integer>> routes = new ArrayList<>();
        for (ShiftPlan shift : result.plan().shifts()) {
            routes.add(shift.visits().stream().map(PlannedVisit::visitId).map(Integer::valueOf).toList());
        }
        SolveStatistics statistics = result.statistics();
        return new Routes(routes, statistics.scoreCalculationSpeed(), statistics.moveEvaluationSpeed(), statistics
                .firstFeasibleTime());
    }
}
