package org.careroute.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.careroute.core.api.Planner;
import org.careroute.core.api.SolveJob;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.testutil.TestProblems;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Eight solves at once through one {@link Planner} give byte for byte the plans they give one by one (with move-count
 * terminations), and cancelling one of them leaves the others untouched.
 */
@Tag("slow")
class ConcurrentEmbeddingTest {

    private static final int SOLVES = 8;
    private static final Planner PLANNER = Planner.create();

    private static List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < SOLVES; i++) {
            problems.add(TestProblems.random(600 + i, 12 + 3 * i, 2 + i % 3));
        }
        return problems;
    }

    private static SolveOptions options(int i) {
        return SolveOptions.defaults().withMoveCountLimit(3_000L).withTimeLimit(null).withSeed(i);
    }

    @Test
    void eightParallelSolves_giveTheSamePlansAsOneByOne() throws Exception {
        List<Problem> problems = problems();
        List<String> oneByOne = new ArrayList<>();
        for (int i = 0; i < SOLVES; i++) {
            oneByOne.add(json(PLANNER.solve(problems.get(i), options(i)), problems.get(i)));
        }

        List<SolveJob> jobs = new ArrayList<>();
        for (int i = 0; i < SOLVES; i++) {
            jobs.add(PLANNER.solveAsync(problems.get(i), options(i), progress -> {
            }));
        }

        for (int i = 0; i < SOLVES; i++) {
            Plan plan = jobs.get(i).result().get(5, TimeUnit.MINUTES);
            assertThat(json(plan, problems.get(i))).as("solve %d", i).isEqualTo(oneByOne.get(i));
        }
    }

    @Test
    void cancellingOneSolve_leavesTheOthersUntouched() throws Exception {
        List<Problem> problems = problems();
        List<String> oneByOne = new ArrayList<>();
        for (int i = 1; i < SOLVES; i++) {
            oneByOne.add(json(PLANNER.solve(problems.get(i), options(i)), problems.get(i)));
        }
        Problem endless = TestProblems.random(599, 40, 4);

        SolveJob cancelled = PLANNER.solveAsync(endless, SolveOptions.ofTimeLimit(Duration.ofHours(1)), progress -> {
        });
        List<SolveJob> jobs = new ArrayList<>();
        for (int i = 1; i < SOLVES; i++) {
            jobs.add(PLANNER.solveAsync(problems.get(i), options(i), progress -> {
            }));
        }
        cancelled.cancel();

        Plan stopped = cancelled.result().get(5, TimeUnit.MINUTES);
        assertThat(stopped.summary().assignedVisits() + stopped.summary().unassignedVisits()).isEqualTo(40);
        for (int i = 1; i < SOLVES; i++) {
            Plan plan = jobs.get(i - 1).result().get(5, TimeUnit.MINUTES);
            assertThat(json(plan, problems.get(i))).as("solve %d", i).isEqualTo(oneByOne.get(i - 1));
        }
    }

    static String json(Plan plan, Problem problem) {
        StringWriter out = new StringWriter();
        try {
            CarerouteJson.writePlan(plan, problem, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
