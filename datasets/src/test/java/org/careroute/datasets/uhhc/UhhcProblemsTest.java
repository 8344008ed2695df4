package org.careroute.datasets.uhhc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.ProblemValidator;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.MatrixLocation;
import org.careroute.core.api.model.MatrixTravel;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.Visit;
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
                CareConstraint.WAITING_TIME.id(), 0L);
        assertThat(mapping.exact()).isTrue();
        assertThat(map("bazirha", "D1.json").unsupported()).singleElement().asString().startsWith(
                "simultaneous double services");
    }

    @Test
    void bazirhaCaieInstance_weighsWaitingAndListsBalance() throws IOException {
        UhhcMapping mapping = map("bazirha-caie", "J1.json");

        assertThat(ProblemValidator.validate(mapping.problem(), "uhhc")).isEmpty();
        assertThat(mapping.problem().constraintWeights()).containsEntry(CareConstraint.WAITING_TIME.id(), 60L)
                .containsEntry(CareConstraint.TRAVEL_TIME.id(), 0L);
        assertThat(mapping.unsupported()).anyMatch(s -> s.startsWith("workload balance")).anyMatch(s -> s.startsWith(
                "waiting before the first visit"));
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
        assertThat(mapping.unsupported()).anyMatch(s -> s.startsWith("soft time windows")).anyMatch(s -> s
                .startsWith("sequential double services"));
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
        assertThat(mapping.unsupported()).anyMatch(s -> s.startsWith("lunch breaks")).anyMatch(s -> s.startsWith(
                "preferred caregivers"));
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
