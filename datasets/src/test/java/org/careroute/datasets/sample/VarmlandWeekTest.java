package org.careroute.datasets.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.careroute.core.api.ProblemValidator;
import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.Visit;
import org.junit.jupiter.api.Test;

class VarmlandWeekTest {

    private static final Problem WEEK = VarmlandWeek.problem();

    private static LocalDate dayOf(Visit visit) {
        return visit.timeWindows().getFirst().start().atZone(WEEK.timeZone()).toLocalDate();
    }

    @Test
    void week_isValid() {
        assertThat(ProblemValidator.validate(WEEK, "varmland-week.json")).isEmpty();
    }

    @Test
    void week_hasAVarmlandTeamAndAboutFifteenHundredVisitsOnSevenDays() {
        assertThat(WEEK.caregivers()).hasSize(30);
        assertThat(WEEK.visits().size()).isBetween(1400, 1700);
        assertThat(WEEK.visits().stream().map(VarmlandWeekTest::dayOf).distinct()).hasSize(7);
        Set<LocalDate> shiftDays = WEEK.caregivers().stream().flatMap(c -> c.shifts().stream()).map(s -> s.start()
                .atZone(WEEK.timeZone()).toLocalDate()).collect(Collectors.toSet());
        assertThat(shiftDays).hasSize(7);
    }

    @Test
    void everyCaregiver_worksFiveDaysOfTheirShift() {
        for (Caregiver caregiver : WEEK.caregivers()) {
            assertThat(caregiver.shifts()).as(caregiver.id()).hasSize(5);
            Set<Long> lengths = new HashSet<>();
            for (Shift shift : caregiver.shifts()) {
                lengths.add(shift.end().getEpochSecond() - shift.start().getEpochSecond());
            }
            assertThat(lengths).as(caregiver.id()).hasSize(1);
        }
    }

    @Test
    void patients_recurOnSeveralDays() {
        Map<String, Set<LocalDate>> days = new HashMap<>();
        WEEK.visits().forEach(v -> days.computeIfAbsent(v.clientId(), k -> new HashSet<>()).add(dayOf(v)));
        long recurring = days.values().stream().filter(d -> d.size() >= 2).count();
        assertThat(recurring).isGreaterThan(days.size() * 9 / 10);
    }

    @Test
    void everyPatientCareRule_isUsed() {
        assertThat(WEEK.visits()).anySatisfy(v -> assertThat(v.care().preferredCaregivers()).hasSize(2));
        assertThat(WEEK.visits()).anySatisfy(v -> assertThat(v.care().excludedCaregivers()).isNotEmpty());
        assertThat(WEEK.visits()).anySatisfy(v -> assertThat(v.care().maxDeviation()).isNotNull());
        assertThat(WEEK.visits()).anySatisfy(v -> {
            assertThat(v.care().hasPreferredWindow()).isTrue();
            assertThat(v.care().maxDeviation()).isNull();
        });
        assertThat(WEEK.visits()).anySatisfy(v -> assertThat(v.mandatory()).isTrue());
        assertThat(WEEK.visits().stream().filter(v -> !v.mandatory()).map(Visit::priority).distinct().count())
                .isGreaterThanOrEqualTo(4);
        assertThat(WEEK.clients()).isNotEmpty().allSatisfy(c -> assertThat(c.maxDistinctCaregivers()).isEqualTo(4));
    }

    @Test
    void preferredAndExcludedCaregivers_canDoTheVisit() {
        Map<String, Caregiver> byId = WEEK.caregivers().stream().collect(Collectors.toMap(Caregiver::id, c -> c));
        for (Visit visit : WEEK.visits()) {
            for (String id : visit.care().preferredCaregivers().keySet()) {
                assertThat(byId.get(id).skills()).as(visit.id()).containsAll(visit.requiredSkills());
            }
            for (String id : visit.care().excludedCaregivers()) {
                assertThat(visit.care().preferredCaregivers()).as(visit.id()).doesNotContainKey(id);
            }
        }
    }

    @Test
    void sameSeed_givesSameWeek() {
        assertThat(VarmlandWeek.problem(VarmlandWeek.DEFAULT_SEED)).isEqualTo(WEEK);
    }

    @Test
    void shippedWeekFile_isWhatTheGeneratorWrites() throws IOException {
        Path shipped = Path.of("samples", "varmland-week.json");
        StringWriter expected = new StringWriter();
        CarerouteJson.writeProblem(WEEK, expected);

        assertThat(Files.readString(shipped)).as("regenerate with VarmlandWeek.main").isEqualTo(expected
                .toString());
    }
}
