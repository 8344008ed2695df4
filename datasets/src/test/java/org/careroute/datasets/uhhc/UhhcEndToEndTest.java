package org.careroute.datasets.uhhc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.Planner;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.model.Plan;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Instance → careroute problem → {@link Planner} → UHHC solution file → {@link UhhcEvaluator}. */
@Tag("slow")
class UhhcEndToEndTest {

    private static final SolveOptions REPRODUCIBLE = new SolveOptions(null, null, null, 20_000L, 7, null);

    @TempDir
    Path out;

    @Test
    void bazirhaInstanceWithSimultaneousServices_solvedAndWritten_isValidUnderTheUhhcRules() throws IOException {
        UhhcInstance instance = UhhcReader.readInstance(UhhcData.instances("bazirha").resolve("D1.json"));
        UhhcMapping mapping = UhhcProblems.toProblem(instance);
        assertThat(instance.patients()).anyMatch(UhhcProblems::isSimultaneous);

        Plan plan = Planner.create().solve(mapping.problem(), REPRODUCIBLE);
        UhhcSolution solution = UhhcSolutionWriter.toSolution(instance, UhhcPlans.toRoutes(mapping, plan));
        Path file = out.resolve("D1.careroute.json");
        UhhcSolutionWriter.write(file, instance, solution, UhhcEvaluator.evaluate(instance, solution));
        UhhcEvaluation evaluation = UhhcEvaluator.evaluate(instance, UhhcReader.parseSolution(Files.readString(file),
                file.toString()));

        assertThat(evaluation.violations()).isEmpty();
        assertThat(evaluation.value(UhhcComponent.OPTIONAL_PATIENTS)).isZero();
        for (UhhcPatient patient : instance.patients()) {
            if (UhhcProblems.isSimultaneous(patient)) {
                assertThat(starts(solution, patient.id())).hasSize(2).containsOnly(starts(solution, patient.id())
                        .getFirst());
            }
        }
    }

    @Test
    void generatedInstance_worstCaregiverIdleTime_isTheSpecsMaxIdleTime() throws IOException {
        UhhcInstance instance = UhhcReader.readInstance(UhhcData.instances("generated-small").resolve(
                "instance-004.json"));
        UhhcMapping mapping = UhhcProblems.toProblem(instance);
        Planner planner = Planner.create();

        Plan plan = planner.solve(mapping.problem(), REPRODUCIBLE);
        UhhcEvaluation evaluation = UhhcEvaluator.evaluate(instance, UhhcSolutionWriter.toSolution(instance, UhhcPlans
                .toRoutes(mapping, plan)));
        long idleSeconds = planner.explain(mapping.problem(), plan).constraints().stream().filter(b -> b
                .constraint() == CareConstraint.WORST_CAREGIVER_IDLE_TIME).findFirst().orElseThrow().totalAmount();

        assertThat(mapping.unsupported()).noneMatch(s -> s.contains("idle time"));
        assertThat(evaluation.value(UhhcComponent.MAX_IDLE_TIME)).isPositive();
        assertThat(idleSeconds).isEqualTo(Math.round(evaluation.value(UhhcComponent.MAX_IDLE_TIME)
                * UhhcProblems.SECONDS_PER_UNIT));
    }

    @Test
    void multiWindowInstanceWithWeightedTardiness_isScoredAsTheSpecScoresIt() throws IOException {
        UhhcInstance full = UhhcReader.readInstance(UhhcData.instances("mixed-dev").resolve("i-123.json"));
        // every window closes 70 minutes after it opens (met at the service end): many services end late
        java.util.List<UhhcPatient> narrowed = full.patients().stream().map(p -> new UhhcPatient(p.id(), p
                .requiredServices(), p.distanceMatrixIndex(), p.publicDistanceMatrixIndex(),
                p.timeWindows().stream()
                        .map(w -> new UhhcTimeWindow(w.start(), w.start() + 70)).toList(),
                p.preferredStartTime(), p
                        .location(),
                p.synchronization(), p.incompatibleCaregivers(), p.preferredCaregivers(),
                p.optional(), p.aspects())).toList();
        UhhcInstance instance = new UhhcInstance(full.metadata(), full.distances(), full.publicDistances(), full
                .terminalPoints(), full.caregivers(), narrowed, full.services(), full.servicesOrder(),
                full
                        .lunchBreaks());
        UhhcMapping mapping = UhhcProblems.toProblem(instance);
        assertThat(instance.patients()).allMatch(p -> UhhcProblems.softWindows(instance, p));
        Planner planner = Planner.create();

        Plan plan = planner.solve(mapping.problem(), REPRODUCIBLE);
        UhhcSolution solution = UhhcSolutionWriter.toSolution(instance, UhhcPlans.toRoutes(mapping, plan));
        UhhcEvaluation evaluation = UhhcEvaluator.evaluate(instance, solution);

        long lateness = planner.explain(mapping.problem(), plan).constraints().stream().filter(c -> c
                .constraint() == CareConstraint.SOFT_WINDOW_LATENESS).mapToLong(c -> c.totalAmount()).sum();
        assertThat(lateness).isPositive().isEqualTo(Math.round(evaluation.value(UhhcComponent.TOTAL_TARDINESS)
                * UhhcProblems.SECONDS_PER_UNIT));
    }

    @Test
    void lunchBreaks_areWrittenWhereAndWhenCarerouteTakesThem() throws IOException {
        // c2's shift starts at 330 and the lunch must be over by 360: no patient can be reached in time for it
        UhhcInstance instance = UhhcReader.readInstance(UhhcData.instances("mixed-dev").resolve("i-358.json"));
        UhhcMapping mapping = UhhcProblems.toProblem(instance);

        Plan plan = Planner.create().solve(mapping.problem(), new SolveOptions(null, null, null, 2_000L, 0, null));
        java.util.List<UhhcRoutePlan> routes = UhhcPlans.toRoutes(mapping, plan);
        UhhcEvaluation evaluation = UhhcEvaluator.evaluate(instance, UhhcSolutionWriter.toSolution(instance, routes));

        for (org.careroute.core.api.model.ShiftPlan shift : plan.shifts()) {
            if (shift.visits().isEmpty()) {
                continue;
            }
            java.util.List<Double> planned = shift.breaks().stream().map(b -> b.start().getEpochSecond()
                    / (double) UhhcProblems.SECONDS_PER_UNIT).toList();
            java.util.List<Double> written = routes.stream().filter(r -> r.caregiverId().equals(shift
                    .caregiverId())).flatMap(r -> r.stops().stream())
                    .filter(s -> UhhcLocation.LUNCH_BREAK.equals(s.service())).map(
                            UhhcStop::start)
                    .toList();
            assertThat(written).as("lunch of %s", shift.caregiverId()).isEqualTo(planned);
        }
        assertThat(evaluation.violations()).isEmpty();
    }

    private static java.util.List<Double> starts(UhhcSolution solution, String patient) {
        return solution.routes().stream().filter(route -> route.locations() != null).flatMap(route -> route
                .locations().stream()).filter(location -> location instanceof UhhcLocation.PatientVisit visit
                        && visit
                                .patient().equals(patient))
                .map(location -> ((UhhcLocation.PatientVisit) location)
                        .startServiceTime())
                .toList();
    }
}
