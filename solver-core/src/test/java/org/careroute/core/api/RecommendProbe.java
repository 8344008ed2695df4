package org.careroute.core.api;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Visit;

/**
 * Manual probe, not a test: times {@link Planner#recommend} on a large plan. Arguments: PROBLEM, PLAN (solved and
 * written when missing, with a time limit in seconds as the third argument). One visit of the problem is moved to
 * a copy with a new id that the plan does not have; every call is timed (the first one includes class loading and
 * constraint-stream compilation).
 */
public final class RecommendProbe {

    public static void main(String[] args) throws Exception {
        Problem problem = CarerouteJson.readProblem(Path.of(args[0]));
        Path planFile = Path.of(args[1]);
        Planner planner = Planner.create();
        if (!Files.exists(planFile)) {
            Plan solved = planner.solve(problem, SolveOptions.ofTimeLimit(Duration.ofSeconds(Long.parseLong(
                    args[2]))));
            StringWriter out = new StringWriter();
            CarerouteJson.writePlan(solved, problem, out);
            Files.writeString(planFile, out.toString());
        }
        Plan plan = CarerouteJson.readPlan(planFile);
        Visit model = problem.visits().get(problem.visits().size() / 2);
        List<Visit> visits = new ArrayList<>(problem.visits());
        visits.add(new Visit("probe-new", model.clientId(), "new visit", model.location(), model.duration(), model
                .timeWindows(), model.requiredSkills(), 2, false, 0));
        Problem withNew = new Problem(problem.name(), problem.timeZone(), problem.timeFormat(), problem.travel(),
                problem.caregivers(), visits, problem.constraintWeights(), problem.clients());
        System.out.println("plan " + plan.score() + ", " + plan.summary().assignedVisits() + " assigned, "
                + plan.shifts().size() + " shifts");
        for (int i = 0; i < 6; i++) {
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Recommendations r = planner.recommend(withNew, plan, "probe-new", 5);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
            System.out.println("call " + (i + 1) + ": " + millis + " ms wall, " + cpuMillis + " ms CPU, "
                    + r.placesTried() + " places, best "
                    + r.options().get(0).shiftId() + " " + r.options().get(0).scoreChange());
        }
    }
}
