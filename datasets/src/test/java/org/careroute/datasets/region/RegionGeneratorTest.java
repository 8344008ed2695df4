package org.careroute.datasets.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroute.core.api.Planner;
import org.careroute.core.api.ProblemValidator;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.Visit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RegionGeneratorTest {

    static List<String> regions() {
        return RegionProfiles.ids();
    }

    private static Problem generate(String region, int visits, int caregivers, int days, long seed) {
        return RegionGenerator.generate(new GenerateRequest(RegionProfiles.byId(region), visits, caregivers, days,
                seed, null));
    }

    @ParameterizedTest
    @MethodSource("regions")
    void everyRegion_givesAValidProblemOfTheRequestedSize(String region) {
        int visits = RegionGenerator.typicalVisits(RegionProfiles.byId(region), 25, 1);
        Problem problem = generate(region, visits, 25, 1, 1);

        assertThat(ProblemValidator.validate(problem, region)).isEmpty();
        assertThat(problem.visits()).hasSize(visits);
        assertThat(problem.caregivers()).hasSize(25);
        assertThat(problem.timeZone()).isEqualTo(RegionProfiles.byId(region).zone());
    }

    @ParameterizedTest
    @MethodSource("regions")
    void everyVisit_fitsTheShiftOfSomeQualifiedCaregiver(String region) {
        Problem problem = generate(region, RegionGenerator.typicalVisits(RegionProfiles.byId(region), 30, 3), 30,
                3, 7);

        for (Visit visit : problem.visits()) {
            Instant start = visit.timeWindows().get(0).start();
            Instant latestEnd = visit.timeWindows().get(visit.timeWindows().size() - 1).end().plus(visit.duration());
            boolean served = false;
            for (Caregiver caregiver : problem.caregivers()) {
                if (!caregiver.skills().containsAll(visit.requiredSkills())) {
                    continue;
                }
                for (Shift shift : caregiver.shifts()) {
                    served |= !shift.start().isAfter(start) && !shift.end().isBefore(latestEnd);
                }
            }
            assertThat(served).as("visit %s (%s) fits a shift of a qualified caregiver", visit.id(), visit.name())
                    .isTrue();
        }
    }

    @Test
    void sameRequest_givesTheSameProblem_otherSeedAnother() {
        assertThat(json(generate("varmland", 300, 30, 2, 5))).isEqualTo(json(generate("varmland", 300, 30, 2, 5)));
        assertThat(json(generate("varmland", 300, 30, 2, 6))).isNotEqualTo(json(generate("varmland", 300, 30, 2,
                5)));
    }

    @Test
    void weekHorizon_hasRecurringPatientsAndWeekdayOnlyTeamsOffAtTheWeekend() {
        Problem problem = generate("varmland", 1400, 40, 7, 3);
        Map<String, Set<LocalDate>> daysByPatient = new HashMap<>();
        for (Visit visit : problem.visits()) {
            daysByPatient.computeIfAbsent(visit.clientId(), k -> new HashSet<>()).add(visit.timeWindows().get(0)
                    .start().atZone(problem.timeZone()).toLocalDate());
        }
        long recurring = daysByPatient.values().stream().filter(d -> d.size() >= 3).count();
        assertThat(recurring).isGreaterThan(daysByPatient.size() / 4);

        for (Caregiver caregiver : problem.caregivers()) {
            if (caregiver.skills().contains(RegionProfiles.PHYSIOTHERAPIST)) {
                assertThat(caregiver.shifts()).extracting(s -> s.start().atZone(problem.timeZone()).getDayOfWeek())
                        .doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            } else {
                assertThat(caregiver.shifts()).hasSizeLessThanOrEqualTo(5);
            }
        }
    }

    @Test
    void nightShift_endsTheNextMorning() {
        Problem problem = generate("varmland", 200, 30, 1, 1);

        Shift night = problem.caregivers().stream().filter(c -> c.name().contains("natt")).findFirst().orElseThrow()
                .shifts().get(0);
        assertThat(night.end().atZone(problem.timeZone()).toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 2));
    }

    @Test
    void tooManyVisits_areRefusedWithASuggestedCaregiverCount() {
        assertThatThrownBy(() -> generate("usti", 3000, 20, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use about").hasMessageContaining("caregivers");
        assertThatThrownBy(() -> generate("varmland", 10, 3, 1, 1)).hasMessageContaining("one per team");
        assertThatThrownBy(() -> RegionProfiles.byId("atlantis")).hasMessageContaining("varmland");
    }

    @Tag("slow")
    @ParameterizedTest
    @MethodSource("regions")
    void smallProblem_solvesFeasiblyAndVerifies(String region) {
        RegionProfile profile = RegionProfiles.byId(region);
        int caregivers = 3 * profile.teams().size();
        Problem problem = generate(region, RegionGenerator.typicalVisits(profile, caregivers, 1) * 2 / 3, caregivers,
                1, 2);
        Planner planner = Planner.create();

        Plan plan = planner.solve(problem, new SolveOptions(null, null, null, 20_000L, 1L, null));
        VerificationReport report = planner.verify(problem, plan);

        assertThat(report.violations()).as(region).isEmpty();
        assertThat(plan.summary().feasible()).isTrue();
        assertThat(report.recomputed()).isEqualTo(plan.summary());
    }

    @Test
    void tooManyVisits_suggestACaregiverCountTheGeneratorAccepts() {
        RegionGenerator.TooManyVisitsException refused = null;
        try {
            generate("varmland", 1000, 50, 1, 1);
        } catch (RegionGenerator.TooManyVisitsException e) {
            refused = e;
        }

        assertThat(refused).isNotNull();
        assertThat(generate("varmland", 1000, (int) refused.suggestedCaregivers(), 1, 1).visits()).hasSize(1000);
    }

    @Tag("slow")
    @Test
    void overbookedDay_keepsFewerVisitsMandatory_typicalDayAlmostAll() {
        RegionProfile varmland = RegionProfiles.byId("varmland");
        int typical = RegionGenerator.typicalVisits(varmland, 200, 1);
        double typicalShare = mandatoryShare(generate("varmland", typical, 200, 1, 1));
        double overbookedShare = mandatoryShare(generate("varmland", typical * 7 / 5, 200, 1, 1));

        // the profile's kinds make about half of the visits mandatory; the peaks of an overbooked day cannot take
        // them all (evening insulin and injections at fixed hours, with the meal break in the same hour)
        assertThat(typicalShare).isGreaterThan(0.45);
        assertThat(overbookedShare).isLessThan(typicalShare - 0.02);
    }

    private static double mandatoryShare(Problem problem) {
        return problem.visits().stream().filter(Visit::mandatory).count() / (double) problem.visits().size();
    }

    private static String json(Problem problem) {
        StringWriter out = new StringWriter();
        try {
            CarerouteJson.writeProblem(problem, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }
}
