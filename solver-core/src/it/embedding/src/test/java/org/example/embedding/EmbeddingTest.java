package org.example.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.careroute.core.api.Planner;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.junit.jupiter.api.Test;

/** What the root README shows under "Using the library", compiled and run against the installed artifact. */
class EmbeddingTest {

    @Test
    void solvesTheSampleAndTheVerifierAgrees() throws Exception {
        Planner planner = Planner.create();
        Problem problem = CarerouteJson.readProblem(Path.of(System.getProperty("careroute.sample")));

        Plan plan = planner.solve(problem, SolveOptions.defaults().withMoveCountLimit(2_000L).withSeed(1));
        VerificationReport report = planner.verify(problem, plan);

        System.out.println("embedded solve: " + plan.score() + ", " + plan.summary().assignedVisits() + " of "
                + problem.visits().size() + " visits assigned, verifier: " + report.violations().size()
                + " violations");
        assertTrue(plan.summary().assignedVisits() > 0, "no visit planned");
        assertEquals(plan.summary().feasible(), report.feasible(), () -> "the verifier found " + report.violations());
        assertEquals(plan.summary().hardScore(), report.recomputed().hardScore());
        assertEquals(plan.summary().softScore(), report.recomputed().softScore());
        assertEquals(problem.visits().size(), plan.summary().assignedVisits() + plan.summary().unassignedVisits());
    }
}
