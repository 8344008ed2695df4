package org.careroute.core.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careroute.core.api.InputError;
import org.careroute.core.api.InvalidInputException;
import org.careroute.core.api.model.MatrixTravel;
import org.careroute.core.api.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadProblemInputTest {

    private static List<InputError> errorsOf(String json) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> CarerouteJson.readProblem(
                json, "p.json"));
        assertThat(e).as("expected the input to be rejected").isNotNull();
        assertThat(e.errors()).allSatisfy(error -> assertThat(error.source()).isEqualTo("p.json"));
        return e.errors();
    }

    private static InputError onlyError(String json) {
        List<InputError> errors = errorsOf(json);
        assertThat(errors).hasSize(1);
        return errors.getFirst();
    }

    private static void assertOnlyError(JsonDoc doc, String pointer, String fragment) {
        InputError error = onlyError(doc.toString());
        assertThat(error.pointer()).isEqualTo(pointer);
        assertThat(error.message()).contains(fragment);
    }

    @Test
    void validDocument_isRead() {
        assertThat(CarerouteJson.readProblem(JsonDoc.VALID, "p.json").visits()).hasSize(2);
    }

    @Test
    void notJson_isReportedWithLineAndColumn() {
        InputError error = onlyError("{\n  \"formatVersion\": \"1\",\n  oops\n}");
        assertThat(error.pointer()).isEmpty();
        assertThat(error.message()).contains("Not valid JSON").contains("line 3");
    }

    @Test
    void emptyFile_isReported() {
        InputError error = onlyError("  \n");
        assertThat(error.pointer()).isEmpty();
        assertThat(error.message()).contains("empty");
    }

    @Test
    void arrayInsteadOfObject_isReported() {
        InputError error = onlyError("[1, 2]");
        assertThat(error.pointer()).isEmpty();
        assertThat(error.message()).contains("JSON object").contains("an array");
    }

    @Test
    void trailingGarbage_isReported() {
        InputError error = onlyError(JsonDoc.VALID + " {}");
        assertThat(error.pointer()).isEmpty();
        assertThat(error.message()).contains("Not valid JSON");
    }

    @Test
    void duplicateKey_isReported() {
        InputError error = onlyError("{\"formatVersion\": \"1\", \"formatVersion\": \"1\"}");
        assertThat(error.message()).contains("Duplicate field 'formatVersion'");
    }

    @Test
    void wrongFormatVersion_isReported() {
        assertOnlyError(JsonDoc.valid().with("/formatVersion", "\"2\""), "/formatVersion", "Must be \"1\"");
    }

    @Test
    void missingCaregivers_isReported() {
        assertOnlyError(JsonDoc.valid().without("/caregivers"), "", "'caregivers' is missing");
    }

    @Test
    void wrongTypeOfDuration_isReported() {
        assertOnlyError(JsonDoc.valid().with("/visits/0/duration", "true"), "/visits/0/duration",
                "expected string or number but found boolean true");
    }

    @Test
    void negativeDurationNumber_isReported() {
        assertOnlyError(JsonDoc.valid().with("/visits/1/duration", "-60"), "/visits/1/duration", "-60");
    }

    @Test
    void negativeIsoDuration_isReported() {
        assertOnlyError(JsonDoc.valid().with("/visits/0/duration", "\"-PT5M\""), "/visits/0/duration",
                "must not be negative");
    }

    @Test
    void unparseableDuration_isReported() {
        assertOnlyError(JsonDoc.valid().with("/visits/0/duration", "\"30 minutes\""), "/visits/0/duration",
                "'30 minutes' is not an ISO-8601 duration");
    }

    @Test
    void tooLongDuration_isReported() {
        assertOnlyError(JsonDoc.valid().with("/visits/0/duration", "\"P31D\""), "/visits/0/duration",
                "longer than the maximum of 30 days");
    }

    @Test
    void windowEndBeforeStart_isReported() {
        assertOnlyError(JsonDoc.valid().with("/visits/0/timeWindows/0/end", "\"2027-03-01T07:30:00+01:00\""),
                "/visits/0/timeWindows/0/end", "is before its start");
    }

    @Test
    void overlappingWindows_areReported() {
        JsonDoc doc = JsonDoc.valid().with("/visits/0/timeWindows/1",
                "{\"start\": \"2027-03-01T08:30:00+01:00\", \"end\": \"2027-03-01T10:00:00+01:00\"}");
        assertOnlyError(doc, "/visits/0/timeWindows/1", "must be sorted and must not overlap");
    }

    private static final String SHIFT = "/caregivers/0/shifts/0";

    private static String lunch(String duration, String from, String to) {
        return "{\"duration\": \"" + duration + "\", \"earliestStart\": \"2027-03-01T" + from
                + ":00+01:00\", \"latestEnd\": \"2027-03-01T" + to + ":00+01:00\"}";
    }

    @Test
    void breakLongerThanItsWindow_isReported() {
        assertOnlyError(JsonDoc.valid().with(SHIFT + "/breaks", "[" + lunch("PT3H", "11:00", "13:30") + "]"), SHIFT
                + "/breaks/0", "does not fit between its earliest start");
    }

    @Test
    void zeroBreak_isReported() {
        assertOnlyError(JsonDoc.valid().with(SHIFT + "/breaks", "[" + lunch("PT0M", "11:00", "13:30") + "]"), SHIFT
                + "/breaks/0", "must be positive");
    }

    @Test
    void breaksOutOfOrder_areReported() {
        assertOnlyError(JsonDoc.valid().with(SHIFT + "/breaks", "[" + lunch("PT30M", "11:00", "13:30") + ", "
                + lunch("PT15M", "09:00", "10:00") + "]"), SHIFT + "/breaks/1/earliestStart", "sorted");
    }

    @Test
    void breakOutsideItsShift_isReported() {
        assertOnlyError(JsonDoc.valid().with(SHIFT + "/breaks", "[" + lunch("PT30M", "15:00", "17:00") + "]"), SHIFT
                + "/breaks/0/latestEnd", "after the shift ends");
    }

    @Test
    void breakWithoutDuration_isReported() {
        InputError error = onlyError(JsonDoc.valid().with(SHIFT + "/breaks", "[{\"earliestStart\":"
                + " \"2027-03-01T11:00:00+01:00\", \"latestEnd\": \"2027-03-01T13:00:00+01:00\"}]").toString());
        assertThat(error.pointer()).isEqualTo(SHIFT + "/breaks/0");
        assertThat(error.message()).contains("duration");
    }

    @Test
    void zeroMaxWorkingTime_isReported() {
        assertOnlyError(JsonDoc.valid().with(SHIFT + "/maxWorkingTime", "\"PT0S\""), SHIFT + "/maxWorkingTime",
                "no visit could ever be planned");
    }

    @Test
    void continuousWorkFirstPartNotShorterThanRest_isReported() {
        assertOnlyError(JsonDoc.valid().with(SHIFT + "/continuousWork", "{\"maxWork\": \"PT4H30M\", \"rest\":"
                + " \"PT45M\", \"firstPart\": \"PT45M\"}"), SHIFT + "/continuousWork", "shorter than rest");
    }

    @Test
    void continuousWorkWithoutRest_isReported() {
        InputError error = onlyError(JsonDoc.valid().with(SHIFT + "/continuousWork", "{\"maxWork\":"
                + " \"PT4H30M\"}").toString());
        assertThat(error.pointer()).isEqualTo(SHIFT + "/continuousWork");
        assertThat(error.message()).contains("rest");
    }

    @Test
    void negativeCost_isReported() {
        InputError error = onlyError(JsonDoc.valid().with("/caregivers/0/costPerKm", "-2.5").toString());
        assertThat(error.pointer()).isEqualTo("/caregivers/0/costPerKm");
    }

    @Test
    void negativeOvertime_isReported() {
        assertOnlyError(JsonDoc.valid().with("/caregivers/0/maxOvertime", "\"-PT30M\""), "/caregivers/0/maxOvertime",
                "must not be negative");
    }

    @Test
    void blankTeam_isReported() {
        InputError error = onlyError(JsonDoc.valid().with("/caregivers/0/team", "\"\"").toString());
        assertThat(error.pointer()).isEqualTo("/caregivers/0/team");
    }

    @Test
    void shiftEndBeforeStart_isReported() {
        assertOnlyError(JsonDoc.valid().with("/caregivers/0/shifts/0/end", "\"2027-03-01T06:00:00+01:00\""),
                "/caregivers/0/shifts/0/end", "before it starts");
    }

    @Test
    void unknownSkill_isReportedWithKnownSkills() {
        JsonDoc doc = JsonDoc.valid().with("/visits/0/requiredSkills", "[\"nurse\", \"nruse\"]");
        InputError error = onlyError(doc.toString());
        assertThat(error.pointer()).isEqualTo("/visits/0/requiredSkills/1");
        assertThat(error.message()).contains("'nruse'").contains("did you mean 'nurse'").contains(
                "insulin, nurse, physio");
    }

    @Test
    void duplicateVisitId_isReported() {
        assertOnlyError(JsonDoc.valid().with("/visits/1/id", "\"v1\""), "/visits/1/id",
                "Duplicate visit id 'v1'");
    }

    @Test
    void duplicateShiftIdAcrossCaregivers_isReported() {
        assertOnlyError(JsonDoc.valid().with("/caregivers/1/shifts/0/id", "\"c1-mon\""),
                "/caregivers/1/shifts/0/id", "Duplicate shift id 'c1-mon'");
    }

    @Test
    void duplicateCaregiverId_isReported() {
        assertOnlyError(JsonDoc.valid().with("/caregivers/1/id", "\"c1\""), "/caregivers/1/id",
                "Duplicate caregiver id 'c1'");
    }

    @Test
    void latitudeOutOfRange_isReported() {
        assertOnlyError(JsonDoc.valid().with("/visits/1/location/lat", "91.5"), "/visits/1/location/lat", "91.5");
    }

    @Test
    void hugeNumber_isReported() {
        InputError error = onlyError(JsonDoc.VALID.replace("\"capacity\": 5", "\"capacity\": 1e400"));
        assertThat(error.pointer()).isEqualTo("/caregivers/1/capacity");
        assertThat(error.message()).contains("out of range");
    }

    @Test
    void hugeInteger_isReported() {
        assertOnlyError(JsonDoc.valid().with("/visits/1/priority", "123456789012345678901234567890"),
                "/visits/1/priority", "out of range");
    }

    @Test
    void nanLiteral_isNotJson() {
        InputError error = onlyError(JsonDoc.VALID.replace("\"lat\": 59.40", "\"lat\": NaN"));
        assertThat(error.pointer()).isEmpty();
        assertThat(error.message()).contains("Not valid JSON").contains("NaN");
    }

    @Test
    void nanString_isReportedAsWrongType() {
        assertOnlyError(JsonDoc.valid().with("/visits/0/location/lon", "\"NaN\""), "/visits/0/location/lon",
                "expected number but found string \"NaN\"");
    }

    @Test
    void mixedTimeFormats_areReported() {
        assertOnlyError(JsonDoc.valid().with("/caregivers/1/shifts/0/end", "1803456000"),
                "/caregivers/1/shifts/0/end", "Mixed time formats");
    }

    @Test
    void mixedTimeFormats_reportTheMinority() {
        JsonDoc doc = JsonDoc.valid().with("/caregivers/0/shifts/0/start", "1803456000");
        InputError error = onlyError(doc.toString());
        assertThat(error.pointer()).isEqualTo("/caregivers/0/shifts/0/start");
        assertThat(error.message()).contains("this time is a number of seconds but most times are ISO-8601"
                + " date-times (the first at /caregivers/0/shifts/0/end)");
    }

    @Test
    void unparseableTime_isReported() {
        assertOnlyError(JsonDoc.valid().with("/caregivers/0/shifts/0/start", "\"01.03.2027 07:00\""),
                "/caregivers/0/shifts/0/start", "is not an ISO-8601 date-time");
    }

    @Test
    void timeBefore1970_isReported() {
        assertOnlyError(JsonDoc.valid().with("/caregivers/0/shifts/0/start", "\"1969-12-31T07:00:00+01:00\""),
                "/caregivers/0/shifts/0/start", "outside the supported range");
    }

    @Test
    void unknownProperty_isReportedWithHint() {
        assertOnlyError(JsonDoc.valid().with("/visits/0/durration", "1"), "/visits/0/durration",
                "Unknown property 'durration'; did you mean 'duration'?");
    }

    @Test
    void unknownTimeZone_isReportedWithHint() {
        assertOnlyError(JsonDoc.valid().with("/timeZone", "\"Europe/Stokholm\""), "/timeZone",
                "did you mean 'Europe/Stockholm'?");
    }

    @Test
    void unknownConstraintId_isReportedWithClosestId() {
        assertOnlyError(JsonDoc.valid().with("/constraintWeights", "{\"travel-tme\": 2}"),
                "/constraintWeights/travel-tme", "did you mean 'travel-time'?");
    }

    @Test
    void negativeConstraintWeight_isReported() {
        assertOnlyError(JsonDoc.valid().with("/constraintWeights", "{\"travel-time\": -1}"),
                "/constraintWeights/travel-time", "out of range");
    }

    @Test
    void badIdleTimeWeights_areReportedWithTheirPointers() {
        assertOnlyError(JsonDoc.valid().with("/constraintWeights", "{\"idle-time\": -60}"),
                "/constraintWeights/idle-time", "out of range");
        assertOnlyError(JsonDoc.valid().with("/constraintWeights", "{\"worst-caregiver-idle-time\": \"5\"}"),
                "/constraintWeights/worst-caregiver-idle-time", "Wrong type");
        assertOnlyError(JsonDoc.valid().with("/constraintWeights", "{\"worst-caregiver-idletime\": 5}"),
                "/constraintWeights/worst-caregiver-idletime", "did you mean 'worst-caregiver-idle-time'?");
    }

    @Test
    void locationKindNotMatchingTravelMode_isReported() {
        assertOnlyError(JsonDoc.valid().with("/visits/1/location", "{\"x\": 1, \"y\": 2}"), "/visits/1/location",
                "'haversine' needs locations like {\"lat\", \"lon\"}");
    }

    @Test
    void mixedLocationKinds_areReported() {
        assertOnlyError(JsonDoc.valid().with("/visits/1/location", "{\"lat\": 1, \"lon\": 2, \"index\": 0}"),
                "/visits/1/location", "not a mix");
    }

    @Test
    void openEndWithEndLocation_isReported() {
        assertOnlyError(JsonDoc.valid().with("/caregivers/1/shifts/0/endLocation", "{\"lat\": 59, \"lon\": 13}"),
                "/caregivers/1/shifts/0/openEnd", "remove endLocation");
    }

    @Test
    void visitsWithoutShifts_areReported() {
        assertOnlyError(JsonDoc.valid().with("/caregivers", "[]"), "/caregivers", "no caregivers");
    }

    @Test
    void matrixNotSquare_isReported() {
        JsonDoc doc = JsonDoc.of(matrixProblem("[[0, 5, 7], [5, 0]]", "[[0, 5], [5, 0]]", 1));
        List<InputError> errors = errorsOf(doc.toString());
        assertThat(errors).extracting(InputError::pointer).containsExactly("/travel/durations/0");
        assertThat(errors.getFirst().message()).contains("must be square");
    }

    @Test
    void matrixIndexOutOfRange_isReported() {
        InputError error = onlyError(matrixProblem("[[0, 5], [5, 0]]", "[[0, 50], [50, 0]]", 2));
        assertThat(error.pointer()).isEqualTo("/visits/0/location/index");
        assertThat(error.message()).contains("Matrix index 2 is out of range").contains("2 rows");
    }

    @Test
    void matrixWithoutDistances_isReported() {
        JsonDoc doc = JsonDoc.of(matrixProblem("[[0, 5], [5, 0]]", "[[0, 50], [50, 0]]", 1)).without(
                "/travel/distances");
        assertOnlyError(doc, "/travel", "'distances' is missing");
    }

    @Test
    void unknownTravelMode_isReported() {
        assertOnlyError(JsonDoc.valid().with("/travel", "{\"mode\": \"ferry\"}"), "/travel/mode",
                "Must be one of [\"haversine\",\"euclidean\",\"matrix\",\"osm\"]");
    }

    @Test
    void parameterOfOtherTravelMode_isReported() {
        assertOnlyError(JsonDoc.valid().with("/travel", "{\"mode\": \"haversine\", \"speed\": 3}"), "/travel/speed",
                "Unknown property 'speed'");
    }

    @Test
    void severalErrors_areAllReported() {
        JsonDoc doc = JsonDoc.valid().with("/formatVersion", "\"7\"").with("/visits/0/duration", "[]").with(
                "/caregivers/0/shifts/0/startLocation/lat", "-100").without("/visits/1/location").with(
                        "/caregivers/1/color", "\"red\"");
        assertThat(errorsOf(doc.toString())).extracting(InputError::pointer).containsExactlyInAnyOrder(
                "/formatVersion", "/visits/0/duration", "/caregivers/0/shifts/0/startLocation/lat", "/visits/1",
                "/caregivers/1/color");
    }

    @Test
    void severalSemanticErrors_areAllReported() {
        JsonDoc doc = JsonDoc.valid().with("/visits/1/id", "\"v1\"").with("/visits/1/requiredSkills", "[\"pilot\"]")
                .with("/caregivers/1/shifts/0/id", "\"c1-mon\"");
        assertThat(errorsOf(doc.toString())).extracting(InputError::pointer).containsExactlyInAnyOrder(
                "/visits/1/id", "/visits/1/requiredSkills/0", "/caregivers/1/shifts/0/id");
    }

    @Test
    void invalidUtf8File_isReported(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        byte[] bytes = JsonDoc.VALID.replace("Anna", "A\u0000nna").getBytes(StandardCharsets.UTF_8);
        bytes[JsonDoc.VALID.indexOf("Anna") + 1] = (byte) 0xC3;
        Files.write(file, bytes);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> CarerouteJson.readProblem(
                file));
        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.source()).isEqualTo(file.toString());
            assertThat(error.pointer()).isEmpty();
            assertThat(error.message()).containsIgnoringCase("UTF-8");
        });
    }

    @Test
    void codePointAboveUnicode_isReportedAsInvalidUtf8(@TempDir Path dir) throws IOException {
        // F4 90 80 80 would be U+110000: Jackson decodes it into a broken surrogate pair the plan writer cannot encode
        byte[] valid = JsonDoc.VALID.getBytes(StandardCharsets.UTF_8);
        int at = JsonDoc.VALID.indexOf("Anna") + 1;
        byte[] bytes = new byte[valid.length + 3];
        System.arraycopy(valid, 0, bytes, 0, at);
        bytes[at] = (byte) 0xF4;
        bytes[at + 1] = (byte) 0x90;
        bytes[at + 2] = (byte) 0x80;
        bytes[at + 3] = (byte) 0x80;
        System.arraycopy(valid, at + 1, bytes, at + 4, valid.length - at - 1);
        Path file = Files.write(dir.resolve("broken.json"), bytes);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> CarerouteJson.readProblem(
                file));

        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.pointer()).isEmpty();
            assertThat(error.message()).contains("not valid UTF-8 at byte " + at).contains("F4908080");
        });
    }

    @Test
    void integersWrittenAsDecimals_areAccepted() {
        String json = matrixProblem("[[0, 5.0], [5, 0]]", "[[0, 1e2], [50, 0]]", 1).replace("\"index\": 0",
                "\"index\": 0.0");
        Problem problem = CarerouteJson.readProblem(json, "p.json");
        assertThat(((MatrixTravel) problem.travel()).distancesMeters()[0][1]).isEqualTo(100);
    }

    @Test
    void deeplyNestedDocument_isReported() {
        String json = "{\"name\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        InputError error = onlyError(json);
        assertThat(error.pointer()).startsWith("/name/0/0/0");
        assertThat(error.message()).contains("nested more than 64 levels deep").contains("line 1");
    }

    @Test
    void hugeString_isRefusedAtItsPointer() {
        InputError error = onlyError(JsonDoc.valid().with("/caregivers/0/name", "\"" + "x".repeat(100_001) + "\"")
                .toString());
        assertThat(error.pointer()).isEqualTo("/caregivers/0/name");
        assertThat(error.message()).contains("longer than 100000 characters");
    }

    @Test
    void numberWithTooManyDigits_isRefusedAtItsPointer() {
        InputError error = onlyError(JsonDoc.VALID.replace("\"priority\": 2", "\"priority\": " + "9".repeat(500)));
        assertThat(error.pointer()).isEqualTo("/visits/1/priority");
        assertThat(error.message()).contains("more than 100 digits");
    }

    @Test
    void numberWithAbsurdExponent_isRefusedAtItsPointer() {
        InputError error = onlyError(JsonDoc.VALID.replace("\"priority\": 2", "\"priority\": 177e96050043455352"));
        assertThat(error.pointer()).isEqualTo("/visits/1/priority");
        assertThat(error.message()).contains("A number cannot be read").contains("huge exponents");
    }

    @Test
    void documentAboveTheSizeLimit_isRefusedBeforeReading() {
        String property = org.careroute.core.internal.json.JsonCodec.MAX_INPUT_PROPERTY;
        System.setProperty(property, "1000");
        try {
            InputError error = onlyError(JsonDoc.VALID);
            assertThat(error.pointer()).isEmpty();
            assertThat(error.message()).contains("more than the 1,000 bytes careroute reads").contains("-D"
                    + property);
        } finally {
            System.clearProperty(property);
        }
    }

    static String matrixProblem(String durations, String distances, int visitIndex) {
        return """
                {"formatVersion": "1",
                 "travel": {"mode": "matrix", "durations": %s, "distances": %s},
                 "caregivers": [{"id": "c", "shifts": [{"id": "s", "start": 0, "end": 1000,
                                 "startLocation": {"index": 0}}]}],
                 "visits": [{"id": "v", "location": {"index": %d}, "duration": 10}]}
                """.formatted(durations, distances, visitIndex);
    }
}
