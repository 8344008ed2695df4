package org.careroute.core.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.careroute.core.api.InputError;
import org.careroute.core.api.InvalidInputException;
import org.careroute.core.api.model.OsmTravel;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.TransportMode;
import org.junit.jupiter.api.Test;

/** {@code "travel": {"mode": "osm", ...}} in the JSON format. */
class OsmTravelJsonTest {

    private static String withTravel(String travel) {
        return JsonDoc.VALID.replace("\"timeZone\": \"Europe/Stockholm\",", "\"timeZone\": \"Europe/Stockholm\","
                + " \"travel\": " + travel + ",");
    }

    private static String write(Problem problem) {
        StringWriter out = new StringWriter();
        try {
            CarerouteJson.writeProblem(problem, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<InputError> errorsOf(String json) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> CarerouteJson.readProblem(json, "p.json"));
        assertThat(e).as("expected the input to be rejected").isNotNull();
        return e.errors();
    }

    @Test
    void fullOsmTravel_isRead() {
        Problem problem = CarerouteJson.readProblem(withTravel("""
                {"mode": "osm", "osmFile": "maps/varmland.osm.pbf", "maxSnapMeters": 250, "cacheDir": "graphs",
                 "profile": "bike"}"""), "p.json");

        assertThat(problem.travel()).isEqualTo(new OsmTravel("maps/varmland.osm.pbf", 250, "graphs",
                TransportMode.BIKE));
    }

    @Test
    void minimalOsmTravel_usesDefaults() {
        Problem problem = CarerouteJson.readProblem(withTravel("{\"mode\": \"osm\", \"osmFile\": \"a.osm.pbf\"}"),
                "p.json");

        assertThat(problem.travel()).isEqualTo(OsmTravel.of("a.osm.pbf"));
    }

    @Test
    void osmTravel_roundTripsEqual() {
        Problem problem = CarerouteJson.readProblem(withTravel("""
                {"mode": "osm", "osmFile": "andorra.osm.pbf", "maxSnapMeters": 800, "profile": "foot"}"""), "p.json");

        String json = write(problem);

        assertThat(json).contains("\"mode\": \"osm\"").contains("\"osmFile\": \"andorra.osm.pbf\"")
                .doesNotContain("null");
        assertThat(CarerouteJson.readProblem(json, "again.json")).isEqualTo(problem);
    }

    @Test
    void missingOsmFile_isReported() {
        List<InputError> errors = errorsOf(withTravel("{\"mode\": \"osm\"}"));

        assertThat(errors).anySatisfy(e -> {
            assertThat(e.pointer()).startsWith("/travel");
            assertThat(e.message()).contains("osmFile");
        });
    }

    @Test
    void unknownProfile_isReported() {
        List<InputError> errors = errorsOf(withTravel("{\"mode\": \"osm\", \"osmFile\": \"a.pbf\", \"profile\": "
                + "\"truck\"}"));

        assertThat(errors).anySatisfy(e -> assertThat(e.pointer()).isEqualTo("/travel/profile"));
    }

    @Test
    void nonPositiveSnapDistance_isReported() {
        List<InputError> errors = errorsOf(withTravel("{\"mode\": \"osm\", \"osmFile\": \"a.pbf\", "
                + "\"maxSnapMeters\": 0}"));

        assertThat(errors).anySatisfy(e -> assertThat(e.pointer()).isEqualTo("/travel/maxSnapMeters"));
    }

    @Test
    void matrixFieldsWithOsm_areReported() {
        List<InputError> errors = errorsOf(withTravel("{\"mode\": \"osm\", \"osmFile\": \"a.pbf\", "
                + "\"detourFactor\": 1.2}"));

        assertThat(errors).anySatisfy(e -> assertThat(e.pointer()).startsWith("/travel"));
    }
}
