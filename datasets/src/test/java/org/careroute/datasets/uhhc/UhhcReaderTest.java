package org.careroute.datasets.uhhc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UhhcReaderTest {

    private static final Map<String, Integer> SET_SIZES = Map.of("mankowska", 70, "bazirha", 42, "bazirha-caie", 40,
            "generated-small", 10);

    @Test
    void everyInstanceOfEverySet_isRead() throws IOException {
        for (Map.Entry<String, Integer> set : SET_SIZES.entrySet()) {
            List<Path> files = UhhcData.jsonFiles(UhhcData.instances(set.getKey()));
            assertThat(files).as(set.getKey()).hasSize(set.getValue());
            for (Path file : files) {
                UhhcInstance instance = UhhcReader.readInstance(file);
                assertThat(instance.metadata().origin()).as(file.toString()).isEqualTo(set.getKey().equals(
                        "generated-small") ? "generated" : set.getKey());
                assertThat(instance.distances().length).isEqualTo(instance.terminalPoints().size() + instance.patients()
                        .size());
            }
        }
    }

    @Test
    void bazirhaInstance_hasItsShiftsWindowsAndWeights() throws IOException {
        UhhcInstance instance = UhhcReader.readInstance(UhhcData.instances("bazirha").resolve("A1.json"));

        assertThat(instance.name()).isEqualTo("A1");
        assertThat(instance.metadata().atServiceEnd()).isTrue();
        assertThat(instance.costComponents().weight(UhhcComponent.TRAVEL_TIME)).isEqualTo(UhhcWeight.of(1));
        assertThat(instance.costComponents().weight(UhhcComponent.TOTAL_TARDINESS)).isEqualTo(UhhcWeight.HARD);
        assertThat(instance.caregivers()).allMatch(c -> c.workingShift() != null);
        assertThat(instance.patients()).extracting(UhhcPatient::distanceMatrixIndex).isSorted();
    }

    @Test
    void generatedInstance_hasLunchBreaksOptionalPatientsAndPreferences() throws IOException {
        UhhcInstance instance = UhhcReader.readInstance(UhhcData.instances("generated-small").resolve(
                "instance-000.json"));

        assertThat(instance.lunchBreaks()).isEqualTo(new UhhcLunchBreaks(180, 360, 30));
        assertThat(instance.metadata().generatorInfo().city()).isEqualTo("Pescara");
        assertThat(instance.patients()).anyMatch(UhhcPatient::isOptional);
        assertThat(instance.patients()).anyMatch(p -> p.preferredCaregivers() != null);
        assertThat(instance.caregivers()).anyMatch(UhhcCaregiver::hasLunchBreak);
    }

    @Test
    void deprecatedAliases_areRead() {
        TinyUhhc tiny = new TinyUhhc();
        String json = tiny.instanceJson().replace("\"time_windows\": [[20, 60]]", "\"time_window\": [20, 60]")
                .replace(
                        "\"departing_point\": \"d0\", \"arrival_point\": \"d0\",\n                    \"working_shift\": [0, 200]",
                        "\"starting_point_id\": \"d0\", \"working_shift\": [0, 200]")
                .replace("\"distance\": [10, 30]", "\"distance\": {\"min\": 10, \"max\": 30}");

        UhhcInstance instance = UhhcReader.parseInstance(json, "aliases.json");

        assertThat(instance.patientsById().get("p1").timeWindows()).containsExactly(new UhhcTimeWindow(20, 60));
        assertThat(instance.caregiversById().get("c1").arrivalPoint()).isEqualTo("d0");
        assertThat(instance.patientsById().get("p3").synchronization().maxDistance()).isEqualTo(30);
    }

    @Test
    void reversedTimeWindow_isReportedWithItsPointer() {
        String json = new TinyUhhc().instanceJson().replace("[[20, 60]]", "[[60, 20]]");

        assertThatThrownBy(() -> UhhcReader.parseInstance(json, "bad.json")).isInstanceOf(UhhcFormatException.class)
                .hasMessage("bad.json: /patients/0/time_windows/0: start (60) must not be after end (20).");
    }

    @Test
    void sequentialWithoutDistance_isReported() {
        String json = new TinyUhhc().instanceJson().replace(", \"distance\": [10, 30]", "");

        assertThatThrownBy(() -> UhhcReader.parseInstance(json, "bad.json")).hasMessageContaining(
                "/patients/2/synchronization").hasMessageContaining("needs 'distance'");
    }

    @Test
    void unknownAbility_isReported() {
        String json = new TinyUhhc().instanceJson().replace("\"abilities\": [\"s1\"]", "\"abilities\": [\"s7\"]");

        assertThatThrownBy(() -> UhhcReader.parseInstance(json, "bad.json")).hasMessage(
                "bad.json: /caregivers/0/abilities: ability 's7' of caregiver c1 is not in 'services'.");
    }

    @Test
    void distanceMatrixOfTheWrongSize_isReported() {
        String json = new TinyUhhc().instanceJson().replace("[10, 5, 5, 5, 0]]", "[10, 5, 5, 5, 0], [1, 1, 1, 1, 1]]");

        assertThatThrownBy(() -> UhhcReader.parseInstance(json, "bad.json")).hasMessageContaining(
                "/distances: the distance matrix must have 5 rows");
    }

    @Test
    void textWhereANumberBelongs_isReported() {
        String json = new TinyUhhc().instanceJson()
                .replace("\"p1\", \"distance_matrix_index\": 1, \"required_services\":"
                        + " [{\"service\": \"s1\", \"duration\": 10}]",
                        "\"p1\", \"distance_matrix_index\": 1,"
                                + " \"required_services\": [{\"service\": \"s1\", \"duration\": \"ten\"}]");

        assertThatThrownBy(() -> UhhcReader.parseInstance(json, "bad.json")).hasMessage(
                "bad.json: /patients/0/required_services/0/duration: must be a number, got string \"ten\".");
    }

    @Test
    void badWeight_isReported() {
        TinyUhhc tiny = new TinyUhhc();
        tiny.costComponents = "{\"travel_time\": \"SOFT\"}";

        assertThatThrownBy(tiny::instance).hasMessage(
                "tiny.json: /metadata/cost_components/travel_time: must be a number or \"HARD\", got 'SOFT'.");
    }

    @Test
    void invalidJson_isReportedWithItsLine() {
        assertThatThrownBy(() -> UhhcReader.parseInstance("{\"metadata\": ", "broken.json")).isInstanceOf(
                UhhcFormatException.class).hasMessageStartingWith("broken.json: (document): not valid JSON");
    }

    @Test
    void solutionVisitEndingBeforeItStarts_isReported() {
        String json = new TinyUhhc().set("c1", "p1", "s1", 30, 20).solutionJson();

        assertThatThrownBy(() -> UhhcReader.parseSolution(json, "sol.json")).hasMessageContaining(
                "/routes/0/locations/").hasMessageContaining("starts (30) at or after it ends (20)");
    }

    @Test
    void solutionWithTwoRoutesForOneCaregiver_isReported() {
        String json = "{\"cost_components\": {}, \"routes\": [{\"caregiver_id\": \"c1\"}, {\"caregiver_id\": \"c1\"}]}";

        assertThatThrownBy(() -> UhhcReader.parseSolution(json, "sol.json")).hasMessage(
                "sol.json: /routes/1: caregiver c1 has more than one route; give each caregiver one route.");
    }

    @Test
    void solutionLocations_areOrderedByStartAndAliasesRead() {
        String json = "{\"routes\": [{\"caregiver_id\": \"c1\", \"locations\": ["
                + "{\"start_time\": 50, \"end_time\": 60, \"patient\": \"p2\", \"service\": \"s1\"},"
                + "{\"start_service_time\": 20, \"end_service_time\": 30, \"patient\": \"p1\", \"service\": \"s1\","
                + " \"arrival_at_patient\": 15}]}], \"cost_components\": {\"preferences\": 3}}";

        UhhcSolution solution = UhhcReader.parseSolution(json, "sol.json");

        assertThat(solution.routes().getFirst().visits()).extracting(UhhcLocation.PatientVisit::patient)
                .containsExactly("p1", "p2");
        assertThat(solution.routes().getFirst().visits().getFirst().arrivalAtPatient()).isEqualTo(15);
        assertThat(solution.costComponents()).containsEntry(UhhcComponent.CAREGIVER_PREFERENCES, 3L);
    }
}
