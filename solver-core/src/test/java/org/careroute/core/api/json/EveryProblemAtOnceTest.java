package org.careroute.core.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.careroute.core.api.InputError;
import org.careroute.core.api.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Schema errors in some items do not hide the semantic problems of the others. */
class EveryProblemAtOnceTest {

    private static final String SHIFT = """
            {"id": "%s", "start": "2027-03-01T07:00:00+01:00", "end": "2027-03-01T16:00:00+01:00",
             "startLocation": {"lat": 59.38, "lon": 13.50}}""";

    private static List<InputError> errorsOf(String json) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> CarerouteJson.readProblem(json, "day.json"));
        assertThat(e).as("expected the problem to be rejected").isNotNull();
        return e.errors();
    }

    @Test
    void schemaErrorInOneVisitAndDuplicateIdsAndUnknownSkillElsewhere_areAllReportedWithOriginalPointers() {
        String json = """
                {"formatVersion": "1",
                 "caregivers": [{"id": "anna", "skills": ["nurse"], "shifts": [%s]}],
                 "visits": [
                   {"id": "v0", "location": {"lat": 59.4, "lon": 13.5}, "duration": "PT15M"},
                   {"id": "v1", "location": {"lat": 99, "lon": 13.5}, "duration": "PT15M"},
                   {"id": "v2", "location": {"lat": 59.4, "lon": 13.5}, "duration": "PT15M"},
                   {"id": "v2", "location": {"lat": 59.4, "lon": 13.5}, "duration": "PT15M",
                    "requiredSkills": ["wound-care"]}
                 ]}""".formatted(SHIFT.formatted("anna-day"));

        List<InputError> errors = errorsOf(json);

        assertThat(errors).extracting(InputError::pointer)
                .containsExactlyInAnyOrder("/visits/1/location/lat", "/visits/3/id", "/visits/3/requiredSkills/0");
        assertThat(errors).filteredOn(e -> e.pointer().equals("/visits/3/id"))
                .singleElement().satisfies(e -> assertThat(e.message()).contains("/visits/2"));
    }

    @Test
    void unparseableDurationAndUnknownSkillAndDuplicateId_areAllReported() {
        String json = """
                {"formatVersion": "1",
                 "caregivers": [{"id": "anna", "skills": ["nurse"], "shifts": [%s]}],
                 "visits": [
                   {"id": "v1", "location": {"lat": 59.40, "lon": 13.53}, "duration": "half an hour"},
                   {"id": "v2", "location": {"lat": 59.41, "lon": 13.52}, "duration": "PT30M",
                    "requiredSkills": ["wound-care"]},
                   {"id": "v2", "location": {"lat": 59.42, "lon": 13.51}, "duration": "PT20M"}
                 ]}""".formatted(SHIFT.formatted("anna-day"));

        assertThat(errorsOf(json)).extracting(InputError::pointer).containsExactlyInAnyOrder("/visits/0/duration",
                "/visits/1/requiredSkills/0", "/visits/2/id");
    }

    @Test
    void schemaErrorInACaregiver_doesNotInventUnknownSkillErrors() {
        String json = """
                {"formatVersion": "1",
                 "caregivers": [{"id": "anna", "skills": ["nurse"], "capacity": "lots", "shifts": [%s]},
                                {"id": "bo", "skills": ["physio"], "shifts": [%s]}],
                 "visits": [
                   {"id": "v0", "location": {"lat": 59.4, "lon": 13.5}, "duration": "PT15M",
                    "requiredSkills": ["nurse"]},
                   {"id": "v1", "location": {"lat": 59.4, "lon": 13.5}, "duration": "PT15M",
                    "timeWindows": [{"start": "2027-03-01T10:00:00+01:00", "end": "2027-03-01T09:00:00+01:00"}]}
                 ]}""".formatted(SHIFT.formatted("a1"), SHIFT.formatted("b1"));

        List<InputError> errors = errorsOf(json);

        assertThat(errors).extracting(InputError::pointer).contains("/caregivers/0/capacity")
                .doesNotContain("/visits/0/requiredSkills/0")
                .anySatisfy(pointer -> assertThat(pointer).startsWith("/visits/1/timeWindows/0"));
    }

    @Test
    void schemaErrorOutsideItems_reportsSchemaErrorsOnly() {
        String json = """
                {"formatVersion": 7,
                 "caregivers": [{"id": "anna", "shifts": [%s]}],
                 "visits": [{"id": "v0", "location": {"lat": 59.4, "lon": 13.5}, "duration": "PT15M",
                             "requiredSkills": ["wound-care"]}]}""".formatted(SHIFT.formatted("a1"));

        assertThat(errorsOf(json)).extracting(InputError::pointer).containsExactly("/formatVersion");
    }
}
