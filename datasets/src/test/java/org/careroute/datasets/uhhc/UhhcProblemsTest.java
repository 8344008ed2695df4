package org.careroute.datasets.uhhc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.ProblemValidator;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.MatrixLocation;
import org.careroute.core.api.model.MatrixTravel;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftBreak;
import org.careroute.core.api.model.ShiftRules;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.VisitCare;
import org.careroute.core.api.model.VisitDependency;
import org.careroute.core.api.model.VisitLinks;
import org.careroute.core.api.model.VisitPart;
import org.careroute.core.api.model.WorkTerms;
import org.junit.jupiter.api.Test;

class UhhcProblemsTest {

    private static UhhcMapping map(String set, String file) throws IOException {
        return UhhcProblems.toProblem(UhhcReader.readInstance(UhhcData.instances(set).resolve(file)));
    }

    private static Instant minutes(long minutes) {
        return Instant.ofEpochSecond(minutes * 60);
    }

    @Test
    void bazirhaInstance_mapsShiftsSkillsEndWindowsAndTravel() throws IOException {
        UhhcMapping mapping = map("bazirha", "A1.json");
        UhhcInstance instance = mapping.instance();
        Problem problem = mapping.problem();

        assertThat(ProblemValidator.validate(problem, "uhhc")).isEmpty();
        assertThat(problem.caregivers()).hasSize(instance.caregivers().size());
        UhhcCaregiver first = instance.caregivers().getFirst();
        Caregiver caregiver = problem.caregivers().getFirst();
        assertThat(caregiver.skills()).containsExactlyInAnyOrderElementsOf(first.abilities());
        assertThat(caregiver.shifts().getFirst().start()).isEqualTo(minutes((long) first.workingShift().start()));
        assertThat(caregiver.shifts().getFirst().end()).isEqualTo(minutes((long) first.workingShift().end()));
        assertThat(problem.visits()).hasSize(instance.patients().stream().mapToInt(p -> p.requiredServices().size())
                .sum());
        UhhcPatient patient = instance.patients().getFirst();
        UhhcRequiredService service = patient.requiredServices().getFirst();
        Visit visit = problem.visits().getFirst();
        assertThat(visit.id()).isEqualTo(patient.id() + "/" + service.service());
        assertThat(visit.requiredSkills()).containsExactly(service.service());
        assertThat(visit.location()).isEqualTo(new MatrixLocation(patient.distanceMatrixIndex()));
        assertThat(visit.mandatory()).isTrue();
        // windows met at the service end: the start may be at most end - duration
        UhhcTimeWindow window = patient.timeWindows().getFirst();
        assertThat(visit.timeWindows()).containsExactly(new TimeWindow(minutes((long) window.start()), minutes(
                (long) window.end() - service.actualDuration())));
        MatrixTravel travel = (MatrixTravel) problem.travel();
        assertThat(travel.durationsSeconds()[0][1]).isEqualTo((long) instance.distance(0, 1) * 60);
        assertThat(problem.constraintWeights()).containsEntry(CareConstraint.TRAVEL_TIME.id(), 1L).containsEntry(
                CareConstraint.WAITING_TIME.id(), 0L).containsEntry(CareConstraint.CONTINUITY_OF_CARE.id(), 0L);
        assertThat(mapping.exact()).isTrue();
        UhhcMapping doubles = map("bazirha", "D1.json");
        assertThat(doubles.exact()).isTrue();
        assertThat(ProblemValidator.validate(doubles.problem(), "uhhc")).isEmpty();
        assertThat(doubles.problem().visits()).anyMatch(v -> v.links().hasParts());
    }

    @Test
    void bazirhaCaieInstance_weighsWaitingAlsoBeforeTheFirstVisitAndListsBalance() throws IOException {
        UhhcMapping mapping = map("bazirha-caie", "J1.json");

        assertThat(ProblemValidator.validate(mapping.problem(), "uhhc")).isEmpty();
        assertThat(mapping.problem().constraintWeights()).containsEntry(CareConstraint.WAITING_TIME.id(), 60L)
                .containsEntry(CareConstraint.FIRST_VISIT_WAITING.id(), 60L)
                .containsEntry(CareConstraint.TRAVEL_TIME.id(), 0L);
        assertThat(mapping.unsupported()).containsExactly(
                "workload balance, approximated by squared deviations (weight 1)");
        UhhcPatient multiWindow = mapping.instance().patients().stream().filter(p -> p.timeWindows().size() > 1)
                .findFirst().orElseThrow();
        assertThat(visitOf(mapping, multiWindow).timeWindows()).hasSize(multiWindow.timeWindows().size());
    }

    @Test
    void mankowskaInstance_hasAHorizonShiftAndFractionalTravelRoundedUp() throws IOException {
        UhhcMapping mapping = map("mankowska", "InstanzCPLEX_HCSRP_10_1.json");
        UhhcInstance instance = mapping.instance();
        MatrixTravel travel = (MatrixTravel) mapping.problem().travel();

        assertThat(ProblemValidator.validate(mapping.problem(), "uhhc")).isEmpty();
        assertThat(instance.distance(0, 1)).isEqualTo(38.471);
        assertThat(travel.durationsSeconds()[0][1]).isEqualTo(2309); // 2308.26 s
        assertThat(mapping.problem().caregivers().getFirst().shifts().getFirst().end()).isAfter(minutes(
                (long) instance.patients().stream().mapToDouble(p -> p.timeWindows().getLast().end()).max()
                        .orElseThrow()));
        assertThat(mapping.unsupported()).isEmpty();
        assertThat(mapping.problem().visits()).anyMatch(v -> v.links().hasParts()).anyMatch(v -> !v.links()
                .dependencies().isEmpty()).allMatch(v -> v.care().hasPreferredWindow());
    }

    @Test
    void optionalSequentialPatient_isPlannedBothOrNone() throws IOException {
        UhhcMapping mapping = map("generated-small", "instance-003.json");

        UhhcPatient optional = mapping.instance().patients().stream().filter(p -> p.isOptional() && UhhcProblems
                .isSequential(p)).findFirst().orElseThrow();
        UhhcPatient mandatory = mapping.instance().patients().stream().filter(p -> !p.isOptional() && UhhcProblems
                .isSequential(p)).findFirst().orElseThrow();
        assertThat(second(mapping, optional).links().dependencies()).singleElement().satisfies(d -> assertThat(d
                .bothOrNone()).isTrue());
        assertThat(second(mapping, mandatory).links().dependencies()).singleElement().satisfies(d -> assertThat(d
                .bothOrNone()).isFalse());
        assertThat(ProblemValidator.validate(mapping.problem(), "uhhc")).isEmpty();
        assertThat(mapping.unsupported()).noneMatch(s -> s.contains("sequential"));
    }

    @Test
    void optionalPatientWithTwoIndependentServices_isPlannedBothOrNone() {
        TinyUhhc tiny = new TinyUhhc();
        tiny.costComponents = "{\"travel_time\": 1, \"optional_patients\": 100}";
        String json = tiny.instanceJson().replace("\"type\": \"sequential\", \"distance\": [10, 30]}",
                "\"type\": \"independent\"}, \"optional\": true");

        UhhcMapping mapping = UhhcProblems.toProblem(UhhcReader.parseInstance(json, "tiny.json"));

        // the spec rejects a visited patient missing one of its services
        assertThat(visit(mapping, "p3/s2").links().dependencies()).containsExactly(new VisitDependency("p3/s1",
                Duration.ZERO, null, VisitDependency.GapFrom.START, true));
        assertThat(visit(mapping, "p3/s1").links()).isEqualTo(VisitLinks.NONE);
        assertThat(visit(mapping, "p4/s1").links()).isEqualTo(VisitLinks.NONE);
        assertThat(ProblemValidator.validate(mapping.problem(), "uhhc")).isEmpty();
    }

    private static Visit second(UhhcMapping mapping, UhhcPatient patient) {
        String id = UhhcProblems.visitId(patient.id(), patient.requiredServices().get(1).service());
        return mapping.problem().visits().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void severalWindowsWithWeightedTardiness_becomeSoftWindows() throws IOException {
        UhhcMapping mapping = map("mixed-dev", "i-123.json");

        assertThat(ProblemValidator.validate(mapping.problem(), "uhhc")).isEmpty();
        UhhcPatient patient = mapping.instance().patients().getFirst();
        Visit visit = visitOf(mapping, patient);
        assertThat(visit.care().softWindows()).isTrue();
        assertThat(visit.care().hasPreferredWindow()).isFalse();
        assertThat(visit.timeWindows()).hasSize(patient.timeWindows().size());
        long tardiness = Math.round(mapping.instance().costComponents().weight(UhhcComponent.TOTAL_TARDINESS)
                .value());
        assertThat(mapping.problem().constraintWeights()).containsEntry(CareConstraint.SOFT_WINDOW_LATENESS.id(),
                tardiness).containsEntry(CareConstraint.PREFERRED_WINDOW.id(), tardiness);
        assertThat(mapping.unsupported()).noneMatch(s -> s.contains("windows"));
    }

    @Test
    void generatedInstance_mapsOptionalPatientsAsOptionalVisits() throws IOException {
        UhhcMapping mapping = map("generated-small", "instance-000.json");

        assertThat(ProblemValidator.validate(mapping.problem(), "uhhc")).isEmpty();
        UhhcPatient optional = mapping.instance().patients().stream().filter(UhhcPatient::isOptional).findFirst()
                .orElseThrow();
        Visit visit = visitOf(mapping, optional);
        assertThat(visit.mandatory()).isFalse();
        assertThat(visit.priority()).isEqualTo(1);
        // one UHHC unit of cost is 60 soft points: the patient is worth 60, weighted by optional_patients
        assertThat(visit.care().value()).isEqualTo(UhhcProblems.SECONDS_PER_UNIT);
        assertThat(mapping.problem().constraintWeights()).containsEntry("optional-visit-value", Math.round(mapping
                .instance().costComponents().weight(UhhcComponent.OPTIONAL_PATIENTS).value()));
        assertThat(mapping.unsupported()).noneMatch(s -> s.startsWith("optional patients")).noneMatch(s -> s
                .contains("idle time")).noneMatch(s -> s.startsWith("lunch breaks")).noneMatch(s -> s.startsWith(
                        "preferred caregivers"));
        assertThat(mapping.problem().constraintWeights()).containsEntry(CareConstraint.WORST_CAREGIVER_IDLE_TIME.id(),
                5L);
    }

    @Test
    void tinyInstance_withOnlyPlainFeatures_isExact() {
        TinyUhhc tiny = new TinyUhhc();
        String json = tiny.instanceJson().replace("\"type\": \"simultaneous\"", "\"type\": \"independent\"").replace(
                "\"type\": \"sequential\", \"distance\": [10, 30]", "\"type\": \"independent\"");

        UhhcMapping mapping = UhhcProblems.toProblem(UhhcReader.parseInstance(json, "tiny.json"));

        assertThat(mapping.exact()).isTrue();
        assertThat(mapping.problem().visits()).extracting(Visit::id).containsExactly("p1/s1", "p2/s1", "p2/s2",
                "p3/s1", "p3/s2", "p4/s1");
    }

    @Test
    void simultaneousDoubleService_becomesOneVisitWithTwoParts() {
        UhhcMapping mapping = UhhcProblems.toProblem(new TinyUhhc().instance());

        Visit visit = visit(mapping, "p2/s1+s2");
        assertThat(ProblemValidator.validate(mapping.problem(), "uhhc")).isEmpty();
        assertThat(mapping.exact()).isTrue();
        assertThat(visit.requiredSkills()).isEmpty();
        assertThat(visit.links().parts()).containsExactly(new VisitPart(Set.of("s1"), null), new VisitPart(Set.of(
                "s2"), null));
        assertThat(visit.duration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(visit.timeWindows()).containsExactly(new TimeWindow(minutes(50), minutes(100)));
        assertThat(mapping.services()).containsEntry("p2/s1+s2/part0", new UhhcMapping.ServiceRef("p2", "s1"))
                .containsEntry("p2/s1+s2/part1", new UhhcMapping.ServiceRef("p2", "s2")).doesNotContainKey("p2/s1");
    }

    @Test
    void simultaneousTripleService_becomesThreePartsAndIsListedAsNeverValid() throws IOException {
        UhhcMapping mapping = map("bazirha-caie", "N100s1.json");
        UhhcPatient triple = mapping.instance().patients().stream().filter(p -> UhhcProblems.isSimultaneous(p) && p
                .requiredServices().size() == 3).findFirst().orElseThrow();

        assertThat(ProblemValidator.validate(mapping.problem(), "uhhc")).isEmpty();
        assertThat(visit(mapping, UhhcProblems.simultaneousVisitId(triple)).links().parts()).hasSize(3);
        assertThat(mapping.unsupported()).anyMatch(s -> s.startsWith(
                "synchronised patients with more than two services"));
    }

    @Test
    void sequentialService_becomesDependencyWithGaps() {
        UhhcMapping mapping = UhhcProblems.toProblem(new TinyUhhc().instance());

        assertThat(visit(mapping, "p3/s1").links()).isEqualTo(VisitLinks.NONE);
        assertThat(visit(mapping, "p3/s2").links().dependencies()).containsExactly(new VisitDependency("p3/s1",
                Duration.ofMinutes(10), Duration.ofMinutes(30), VisitDependency.GapFrom.START));
    }

    @Test
    void weightedPreferences_becomePreferredCaregivers() {
        TinyUhhc tiny = new TinyUhhc();
        tiny.p1Extra = ", \"preferred_caregivers\": [\"c2\"]";
        tiny.costComponents = "{\"travel_time\": 1, \"caregiver_preferences\": 10}";

        UhhcMapping mapping = UhhcProblems.toProblem(tiny.instance());

        assertThat(visit(mapping, "p1/s1").care()).isEqualTo(new VisitCare(Map.of("c2", 1), Set.of(), null, null));
        assertThat(mapping.problem().constraintWeights()).containsEntry(CareConstraint.PREFERRED_CAREGIVER.id(), 600L);
        assertThat(mapping.exact()).isTrue();
    }

    @Test
    void hardPreferences_excludeEveryOtherCaregiver() {
        TinyUhhc tiny = new TinyUhhc();
        tiny.p1Extra = ", \"preferred_caregivers\": [\"c2\"]";

        UhhcMapping mapping = UhhcProblems.toProblem(tiny.instance());

        assertThat(visit(mapping, "p1/s1").care()).isEqualTo(new VisitCare(Map.of(), Set.of("c1"), null, null));
    }

    @Test
    void hardIncompatibility_becomesAnExcludedCaregiverAndAWeightedOneStaysUnsupported() {
        TinyUhhc hard = new TinyUhhc();
        hard.p1Extra = ", \"incompatible_caregivers\": [\"c1\"]";
        TinyUhhc weighted = new TinyUhhc();
        weighted.p1Extra = hard.p1Extra;
        weighted.costComponents = "{\"travel_time\": 1, \"incompabilities\": 7}";

        UhhcMapping hardMapping = UhhcProblems.toProblem(hard.instance());
        UhhcMapping weightedMapping = UhhcProblems.toProblem(weighted.instance());

        assertThat(visit(hardMapping, "p1/s1").care().excludedCaregivers()).containsExactly("c1");
        assertThat(hardMapping.exact()).isTrue();
        assertThat(visit(weightedMapping, "p1/s1").care()).isEqualTo(VisitCare.NONE);
        assertThat(weightedMapping.unsupported()).containsExactly("weighted incompatible caregivers (1 patients)");
    }

    @Test
    void weighedLunchBreak_becomesAMissableShiftBreakEndingByTheWindowEnd() {
        TinyUhhc start = lunch();
        TinyUhhc end = lunch();
        end.timeWindowMet = "at_service_end";

        UhhcMapping atStart = UhhcProblems.toProblem(start.instance());
        UhhcMapping atEnd = UhhcProblems.toProblem(end.instance());

        assertThat(shift(atStart, "c1").rules().breaks()).containsExactly(new ShiftBreak(Duration.ofMinutes(30),
                minutes(100), minutes(180), true));
        assertThat(shift(atEnd, "c1").rules().breaks()).containsExactly(new ShiftBreak(Duration.ofMinutes(30),
                minutes(100), minutes(150), true));
        assertThat(atStart.problem().constraintWeights()).containsEntry("missed-break", 120L);
        assertThat(shift(atStart, "c2").rules()).isEqualTo(ShiftRules.NONE);
        assertThat(atStart.unsupported()).noneMatch(s -> s.startsWith("lunch"));
    }

    @Test
    void lunchBreak_startsNoEarlierThanTheCaregiverCanBeAtAPatient() {
        TinyUhhc late = lunch();
        late.c1Shift = "[95, 300]";
        TinyUhhc tooLate = lunch();
        tooLate.c1Shift = "[125, 300]";
        tooLate.timeWindowMet = "at_service_end";

        UhhcMapping lateMapping = UhhcProblems.toProblem(late.instance());
        UhhcMapping tooLateMapping = UhhcProblems.toProblem(tooLate.instance());

        // 10 from the depot to the nearest patient: a UHHC lunch inside a route is a stop at a patient's home
        assertThat(shift(lateMapping, "c1").rules().breaks()).containsExactly(new ShiftBreak(Duration.ofMinutes(30),
                minutes(105), minutes(180), true));
        // at a patient at 135 at the earliest, so the lunch cannot end by 150: missed whatever the plan
        assertThat(shift(tooLateMapping, "c1").rules()).isEqualTo(ShiftRules.NONE);
    }

    @Test
    void weightedExtraTime_becomesOvertimeUpToTheHorizon() {
        TinyUhhc tiny = new TinyUhhc();
        tiny.costComponents = "{\"travel_time\": 1, \"total_extra_time\": 10}";

        UhhcMapping mapping = UhhcProblems.toProblem(tiny.instance());

        WorkTerms terms = mapping.problem().caregivers().getFirst().terms();
        assertThat(terms.maxOvertime()).isEqualTo(Duration.between(minutes(200), Instant.ofEpochSecond(
                (long) UhhcProblems.horizon(mapping.instance()) * 60)));
        assertThat(mapping.problem().constraintWeights()).containsEntry(CareConstraint.OVERTIME.id(), 600L);
        assertThat(UhhcProblems.toProblem(new TinyUhhc().instance()).problem().caregivers().getFirst().terms())
                .isEqualTo(WorkTerms.NONE);
    }

    @Test
    void weightedTardiness_becomesAPreferredWindowInsideAHardWindowToTheHorizon() {
        TinyUhhc tiny = new TinyUhhc();
        tiny.timeWindowMet = "at_service_end";
        tiny.costComponents = "{\"travel_time\": 1, \"total_tardiness\": 1, \"highest_tardiness\": 1}";

        UhhcMapping mapping = UhhcProblems.toProblem(tiny.instance());

        Visit visit = visit(mapping, "p1/s1");
        assertThat(visit.care().preferredWindow()).isEqualTo(new TimeWindow(minutes(20), minutes(50)));
        assertThat(visit.timeWindows()).containsExactly(new TimeWindow(minutes(20), Instant.ofEpochSecond(
                (long) UhhcProblems.horizon(mapping.instance()) * 60)));
        assertThat(mapping.problem().constraintWeights()).containsEntry(CareConstraint.PREFERRED_WINDOW.id(), 1L)
                .containsEntry(CareConstraint.WORST_PREFERRED_WINDOW_DEVIATION.id(), 1L);
        assertThat(mapping.unsupported()).isEmpty();
    }

    @Test
    void workloadBalance_putsEveryCaregiverInOneFairnessTeam() {
        TinyUhhc tiny = new TinyUhhc();
        tiny.costComponents = "{\"total_waiting_time\": 1, \"workload_balance\": 1}";

        UhhcMapping mapping = UhhcProblems.toProblem(tiny.instance());

        assertThat(mapping.problem().caregivers()).extracting(c -> c.terms().team()).containsOnly(
                UhhcProblems.BALANCE_TEAM);
        assertThat(mapping.problem().constraintWeights()).containsEntry(CareConstraint.WORKLOAD_FAIRNESS.id(), 1L);
        assertThat(UhhcProblems.toProblem(new TinyUhhc().instance()).problem().caregivers()).extracting(c -> c
                .terms().team()).containsOnlyNulls();
    }

    @Test
    void requiredLunchBreak_becomesAHardShiftBreak() {
        TinyUhhc required = lunch();
        required.costComponents = "{\"travel_time\": 1, \"missed_lunch_break\": \"HARD\"}";

        UhhcMapping mapping = UhhcProblems.toProblem(required.instance());

        assertThat(shift(mapping, "c1").rules().breaks()).containsExactly(new ShiftBreak(Duration.ofMinutes(30),
                minutes(100), minutes(180), false));
    }

    private static TinyUhhc lunch() {
        TinyUhhc tiny = new TinyUhhc();
        tiny.c1Extra = ", \"lunch_break\": true";
        tiny.lunchBreaks = ", \"lunch_breaks\": {\"start\": 100, \"end\": 150, \"min_duration\": 30}";
        tiny.costComponents = "{\"travel_time\": 1, \"missed_lunch_break\": 2}";
        return tiny;
    }

    private static Visit visit(UhhcMapping mapping, String id) {
        return mapping.problem().visits().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    private static Shift shift(UhhcMapping mapping, String caregiver) {
        return mapping.problem().caregivers().stream().filter(c -> c.id().equals(caregiver)).findFirst().orElseThrow()
                .shifts().getFirst();
    }

    @Test
    void fractionalDistances_areStrictlyAboveTheExactSeconds() {
        assertThat(UhhcProblems.travelSeconds(38.45)).isEqualTo(2308);
        assertThat(UhhcProblems.travelSeconds(12)).isEqualTo(720);
        assertThat(UhhcProblems.travelSeconds(0.001)).isEqualTo(1);
    }

    private static Visit visitOf(UhhcMapping mapping, UhhcPatient patient) {
        List<Visit> visits = mapping.problem().visits();
        return visits.stream().filter(v -> v.clientId().equals(patient.id())).findFirst().orElseThrow();
    }
}
