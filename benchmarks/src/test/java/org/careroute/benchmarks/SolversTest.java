package org.careroute.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.careroute.core.api.Planner;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.model.Plan;
import org.careroute.datasets.BenchmarkData;
import org.careroute.datasets.vrptw.BestKnownSolutions;
import org.careroute.datasets.vrptw.VrptwInstance;
import org.careroute.datasets.vrptw.VrptwProblems;
import org.careroute.datasets.vrptw.VrptwReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every solver's plan on a real instance passes the independent verifier (short runs; nothing about speed). */
@Tag("slow")
class SolversTest {

    private static VrptwInstance solomon(String name) throws IOException {
        return VrptwReader.read(BenchmarkData.vrptw().resolve("solomon").resolve(name + ".txt"));
    }

    private static BestKnownSolutions bks() throws IOException {
        return BestKnownSolutions.read(BenchmarkData.vrptw().resolve("bks.csv"));
    }

    @Test
    void careroute_shortRunOnC101_isFeasibleCompleteAndAgreesWithVerifierDistance() throws IOException {
        VrptwInstance c101 = solomon("C101");

        Routes routes = new CarerouteVrptwSolver().solve(c101, Budget.ofMoves(20_000));
        Verdict verdict = VrptwVerifier.verify(c101, routes.routes());

        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.feasible()).isTrue();
        assertThat(routes.moveEvaluationSpeed()).isPositive();
        assertThat(routes.firstFeasibleTime()).isNotNull();
    }

    @Test
    void careroutesOwnDistance_isTheExactDistanceRoundedUpPerLeg() throws IOException {
        VrptwInstance r105 = solomon("R105");
        Plan plan = Planner.create().solve(VrptwProblems.toProblem(r105),
                SolveOptions.defaults().withMoveCountLimit(10_000L).withTimeLimit(null));
        List<List<Integer>> routes = plan.shifts().stream().map(shift -> shift.visits().stream().map(
                visit -> Integer.valueOf(visit.visitId())).toList()).toList();
        int legs = plan.shifts().stream().mapToInt(shift -> shift.visits().isEmpty() ? 0 : shift.visits().size() + 1)
                .sum();

        Verdict verdict = VrptwVerifier.verify(r105, routes);

        assertThat(verdict.feasible()).isTrue();
        double careroute = plan.summary().totalDistanceMeters() / (double) VrptwProblems.SCALE;
        assertThat(careroute).isBetween(verdict.distance() - 1e-9, verdict.distance() + legs * 0.001 + 1e-9);
    }

    @Test
    void qualityRow_forCareroute_hasGapToDistanceBks() throws IOException {
        QualityRunner runner = new QualityRunner(new CarerouteVrptwSolver(), Budget.ofMoves(20_000), bks());

        ResultRow row = runner.run(solomon("R101"));

        assertThat(row.instance()).isEqualTo("R101");
        assertThat(row.instanceClass()).isEqualTo("R1");
        assertThat(row.solver()).isEqualTo("careroute");
        assertThat(row.feasible()).isTrue();
        assertThat(row.unassigned()).isZero();
        assertThat(row.distanceBks()).isEqualTo(1642.88);
        assertThat(row.bksDistance()).isEqualTo(1645.79);
        assertThat(row.gapPercent()).isEqualTo((row.distance() - 1642.88) / 1642.88 * 100);
        assertThat(row.toCsv()).startsWith("R101,R1,careroute,0.000,");
    }

    @Test
    void jsprit_oneSecondOnC101_isFeasibleAndComplete() throws IOException {
        VrptwInstance c101 = solomon("C101");

        Routes routes = new JspritVrptwSolver().solve(c101, Budget.ofTime(Duration.ofSeconds(1)));

        assertThat(VrptwVerifier.verify(c101, routes.routes()).violations()).isEmpty();
        assertThat(VrptwVerifier.verify(c101, routes.routes()).feasible()).isTrue();
    }

    @Test
    void orTools_solutionLimitOnR101_isFeasibleAndComplete() throws IOException {
        VrptwInstance r101 = solomon("R101");

        // a solution limit, not a short time limit: the result must not depend on the machine's load
        Routes routes = new OrToolsVrptwSolver(300).solve(r101, Budget.ofTime(Duration.ofMinutes(5)));

        assertThat(VrptwVerifier.verify(r101, routes.routes()).violations()).isEmpty();
        assertThat(VrptwVerifier.verify(r101, routes.routes()).feasible()).isTrue();
    }
}
