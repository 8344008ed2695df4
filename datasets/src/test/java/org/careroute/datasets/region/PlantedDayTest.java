package org.careroute.datasets.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.careroute.core.api.Planner;
import org.careroute.core.api.ProblemValidator;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.Visit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Planted days of every profile: the planted plan, written and read back as JSON, is accepted by the verifier. */
class PlantedDayTest {

    static Stream<Arguments> days() {
        List<Arguments> days = new ArrayList<>();
        for (String region : RegionProfiles.ids()) {
            for (long seed = 1; seed <= 3; seed++) {
                days.add(Arguments.of(region, seed, 30));
            }
        }
        return days.stream();
    }

    static Stream<Arguments> largeDays() {
        return RegionProfiles.ids().stream().map(region -> Arguments.of(region, 1L, 120));
    }

    @ParameterizedTest(name = "{0} seed {1}, {2} caregivers")
    @MethodSource("days")
    void plantedPlan_isFeasibleAndServesEveryPlantedVisit(String region, long seed, int caregivers) throws Exception {
        check(region, seed, caregivers);
    }

    @Tag("slow")
    @ParameterizedTest(name = "{0} seed {1}, {2} caregivers")
    @MethodSource("largeDays")
    void largePlantedPlan_isFeasible(String region, long seed, int caregivers) throws Exception {
        check(region, seed, caregivers);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regions")
    void plantedVisitsOnly_holdsExactlyThePlantedVisits_andThePlantedRoutesScoredOnThem(String region) {
        RegionProfile profile = RegionProfiles.byId(region);
        GeneratedDay day = RegionGenerator.generatePlanted(new GenerateRequest(profile, RegionGenerator.typicalVisits(
                profile, 30, 1), 30, 1, 1, null));

        GeneratedDay only = day.plantedVisitsOnly();

        Set<String> planted = day.plantedPlan().shifts().stream().flatMap(s -> s.visits().stream()).map(
                PlannedVisit::visitId).collect(Collectors.toSet());
        assertThat(only.problem().visits()).extracting(Visit::id).containsExactlyInAnyOrderElementsOf(planted);
        assertThat(only.problem().visits()).hasSizeLessThan(day.problem().visits().size());
        assertThat(only.problem().caregivers()).isEqualTo(day.problem().caregivers());
        VerificationReport report = Planner.create().verify(only.problem(), only.plantedPlan());
        assertThat(report.violations()).isEmpty();
        assertThat(report.recomputed()).isEqualTo(only.plantedPlan().summary());
        assertThat(only.plantedPlan().summary().mediumScore()).isZero();
        assertThat(only.plantedPlan().summary().assignedVisits()).isEqualTo(planted.size());
        assertThat(only.plantedPlan().unassignedVisits()).isEmpty();
    }

    @Test
    void plantedVisitsOnly_ofARegularDay_isRefused() {
        RegionProfile profile = RegionProfiles.byId("lillehammer");
        GeneratedDay day = RegionGenerator.generateDay(new GenerateRequest(profile, 40, 10, 1, 1, null));

        assertThatThrownBy(day::plantedVisitsOnly).isInstanceOf(IllegalStateException.class).hasMessageContaining(
                "not a planted day");
    }

    static Stream<String> regions() {
        return Stream.of("usti", "varmland");
    }

    private static void check(String region, long seed, int caregivers) throws Exception {
        RegionProfile profile = RegionProfiles.byId(region);
        int visits = RegionGenerator.typicalVisits(profile, caregivers, 1);
        GeneratedDay day = RegionGenerator.generatePlanted(new GenerateRequest(profile, visits, caregivers, 1, seed,
                null));
        Problem problem = day.problem();
        assertThat(ProblemValidator.validate(problem, region)).isEmpty();
        StringWriter problemJson = new StringWriter();
        CarerouteJson.writeProblem(problem, problemJson);
        StringWriter planJson = new StringWriter();
        CarerouteJson.writePlan(day.plantedPlan(), problem, planJson);
        Problem readProblem = CarerouteJson.readProblem(problemJson.toString(), "problem.json");
        Plan readPlan = CarerouteJson.readPlan(planJson.toString(), "plan.json");

        VerificationReport report = Planner.create().verify(readProblem, readPlan);

        assertThat(report.violations()).isEmpty();
        assertThat(report.recomputed().hardScore()).isZero();
        int planted = readPlan.shifts().stream().mapToInt(s -> s.visits().size()).sum();
        assertThat(report.recomputed().assignedVisits()).isEqualTo(planted);
        assertThat(planted).as("planted visits").isGreaterThanOrEqualTo((int) (problem.visits().size() * 0.7));
        assertThat(problem.visits().stream().filter(Visit::mandatory).count()).isPositive();
        assertThat(readPlan.shifts().stream().filter(s -> !s.visits().isEmpty()).map(ShiftPlan::shiftId)).isNotEmpty();
    }
}
