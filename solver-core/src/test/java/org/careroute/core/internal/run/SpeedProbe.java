package org.careroute.core.internal.run;

import java.time.Duration;

import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.model.Plan;
import org.careroute.core.testutil.TestProblems;

/** Manual probe, not a test: prints Timefold's move evaluation speed for a random problem. */
public final class SpeedProbe {

    public static void main(String[] args) {
        int visits = Integer.parseInt(args[0]);
        int caregivers = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        Plan plan = SolverRun.solveHere(TestProblems.random(1, visits, caregivers),
                SolveOptions.ofTimeLimit(Duration.ofSeconds(seconds)));
        System.out.println(plan.score() + " assigned=" + plan.summary().assignedVisits() + " unassigned="
                + plan.summary().unassignedVisits());
    }
}
