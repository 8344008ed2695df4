package org.careroute.datasets.uhhc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careroute.core.api.Planner;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.Visit;
import org.junit.jupiter.api.Test;

/**
 * The proven optimum of Mankowska's instance 10_4 (routes from {@code benchmarks/tools/mankowska_mip.py}, in the
 * fixture {@code mankowska-10_4-optimal-routes.json}) has the first service of both sequential pairs wait for its
 * partner: careroute times those routes so that they cost the optimal objective, valid under the UHHC rules.
 */
class MankowskaOptimumTest {

    @Test
    void optimalRoutesOf10_4_timedByCareroute_costTheOptimalObjective() throws IOException {
        JsonNode fixture = fixture("mankowska-10_4-optimal-routes.json");
        UhhcInstance instance = UhhcReader.readInstance(UhhcData.instances("mankowska").resolve(fixture.get(
                "instance").asText() + ".json"));
        UhhcMapping mapping = UhhcProblems.toProblem(instance);

        // a warm start with one search move, kept only if better (it cannot be): careroute times the given routes
        Plan plan = Planner.create().solve(mapping.problem(), plan(mapping, fixture.get("routes")), new SolveOptions(
                null, null, null, 1L, 0, null));
        List<UhhcRoutePlan> routes = UhhcPlans.toRoutes(mapping, plan);
        UhhcEvaluation evaluation = UhhcEvaluator.evaluate(instance, UhhcSolutionWriter.toSolution(instance,
                routes));

        assertThat(plan.summary().feasible()).isTrue();
        assertThat(evaluation.violations()).isEmpty();
        // careroute drives in whole seconds (each leg rounded up), the MIP in real minutes: less than 0.2 apart
        assertThat(evaluation.objective()).isCloseTo(fixture.get("objective").asDouble(), within(0.2));
        JsonNode starts = fixture.get("starts");
        for (UhhcRoutePlan route : routes) {
            assertThat(route.stops()).extracting(stop -> UhhcProblems.visitId(stop.patient(), stop.service()))
                    .containsExactlyElementsOf(services(fixture.get("routes").get(route.caregiverId())));
            for (UhhcStop stop : route.stops()) {
                String service = UhhcProblems.visitId(stop.patient(), stop.service());
                assertThat(stop.start()).as(service).isCloseTo(starts.get(service).asDouble(), within(0.2));
            }
        }
    }

    /** The fixture's routes as a careroute plan (times are careroute's to compute). */
    private static Plan plan(UhhcMapping mapping, JsonNode routes) {
        Map<String, PlannedVisit> byService = new HashMap<>();
        for (Visit visit : mapping.problem().visits()) {
            int parts = Math.max(1, visit.links().parts().size());
            for (int part = 0; part < parts; part++) {
                int p = visit.links().hasParts() ? part : PlannedVisit.NO_PART;
                UhhcMapping.ServiceRef ref = mapping.services().get(PlannedVisit.key(visit.id(), p));
                byService.put(UhhcProblems.visitId(ref.patient(), ref.service()), new PlannedVisit(visit.id(),
                        Instant.EPOCH, Instant.EPOCH, Instant.EPOCH, 0, null, p));
            }
        }
        List<ShiftPlan> shifts = new ArrayList<>();
        for (Caregiver caregiver : mapping.problem().caregivers()) {
            List<PlannedVisit> visits = new ArrayList<>();
            for (String service : services(routes.get(caregiver.id()))) {
                visits.add(byService.get(service));
            }
            shifts.add(new ShiftPlan(caregiver.shifts().getFirst().id(), caregiver.id(), Instant.EPOCH, Instant.EPOCH,
                    visits, null, 0, 0));
        }
        return new Plan(mapping.problem().name(), null, null, shifts, List.of());
    }

    private static List<String> services(JsonNode route) {
        List<String> services = new ArrayList<>();
        route.forEach(service -> services.add(service.asText()));
        return services;
    }

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = MankowskaOptimumTest.class.getResourceAsStream(name)) {
            return new ObjectMapper().readTree(in);
        }
    }
}
