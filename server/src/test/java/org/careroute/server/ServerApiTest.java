package org.careroute.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.careroute.core.api.Planner;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API over real HTTP on an ephemeral loopback port; every answer is checked against the served OpenAPI document
 * by {@link ApiClient}.
 */
class ServerApiTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PROBLEM = TestServer.tinyProblem(7, 14, 3);

    @TempDir
    static Path dataDir;

    private static TestServer server;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.options(dataDir));
        api = server.client;
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void openApiDocument_isValidOpenApi31() {
        assertThat(server.contract.document().path("openapi").asText()).startsWith("3.1.");
        assertThat(server.contract.documentErrors()).isEmpty();
        assertThat(server.contract.document().at("/components/schemas/Problem/$ref").asText()).isEqualTo(
                "schemas/problem-v1.schema.json");
    }

    @Test
    void submitPollAndFetch_givesThePlanOfTheSameSolveInProcess() {
        ApiClient.Answer submitted = api.post("/v1/plans?moveCountLimit=3000&seed=4", PROBLEM);
        assertThat(submitted.status()).isEqualTo(202);
        String id = submitted.json().path("id").asText();
        assertThat(submitted.header("Location")).isEqualTo("/v1/plans/" + id);

        JsonNode state = api.poll(id, ApiClient::finished, Duration.ofSeconds(60));
        assertThat(state.path("status").asText()).isEqualTo("done");
        JsonNode withPlan = api.get("/v1/plans/" + id).json();
        assertThat(withPlan.path("plan").path("score").asText()).isEqualTo(state.path("score").asText());

        Problem problem = CarerouteJson.readProblem(PROBLEM, "problem");
        Plan served = CarerouteJson.readPlan(api.get("/v1/plans/" + id + "/plan").body(), "plan");
        VerificationReport report = Planner.create().verify(problem, served);
        String recomputed = report.recomputed().hardScore() + "hard/" + report.recomputed().mediumScore()
                + "medium/" + report.recomputed().softScore() + "soft";
        assertThat(recomputed).isEqualTo(served.score());
        Plan inProcess = Planner.create().solve(problem, new SolveOptions(Duration.ofMinutes(2), null, null, 3000L,
                4L, null));
        assertThat(served.score()).isEqualTo(inProcess.score());
        assertThat(api.get("/v1/plans/" + id + "/problem").json()).isEqualTo(json(TestServer.json(problem)));
        assertThat(StreamSupport.stream(api.get("/v1/plans").json().path("jobs").spliterator(), false).map(
                job -> job.path("id").asText())).contains(id);
    }

    @Test
    void events_streamStatusAndProgressUntilDone() throws IOException, InterruptedException {
        String id = api.post("/v1/plans?timeLimit=PT2S", PROBLEM).json().path("id").asText();
        HttpResponse<java.io.InputStream> response = api.http().send(HttpRequest.newBuilder(server.server.uri()
                .resolve("/v1/plans/" + id + "/events")).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        server.contract.check("GET", "/v1/plans/" + id + "/events", 200, name -> response.headers().firstValue(
                name).orElse(null), "");
        List<String> names = new ArrayList<>();
        List<JsonNode> data = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(),
                StandardCharsets.UTF_8))) {
            String name = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    server.contract.validate("/components/schemas/JobState", line.substring(6), "event " + name);
                    names.add(name);
                    data.add(json(line.substring(6)));
                }
            }
        }
        assertThat(names.get(0)).isEqualTo("status");
        assertThat(names.get(names.size() - 1)).isEqualTo("status");
        assertThat(data.get(data.size() - 1).path("status").asText()).isEqualTo("done");
        assertThat(names).contains("progress");
    }

    @Test
    void delete_stopsTheSolveAndKeepsTheBestPlan() {
        String id = api.post("/v1/plans?timeLimit=PT100S", PROBLEM).json().path("id").asText();
        api.poll(id, state -> state.has("score"), Duration.ofSeconds(60));
        JsonNode stopped = api.delete("/v1/plans/" + id).json();
        assertThat(stopped.path("status").asText()).isEqualTo("cancelled");
        JsonNode plan = api.get("/v1/plans/" + id + "/plan").json();
        assertThat(plan.path("score").asText()).isEqualTo(stopped.path("score").asText());
    }

    @Test
    void replan_isANewJobWithChanges() {
        String id = api.post("/v1/plans?moveCountLimit=1000", PROBLEM).json().path("id").asText();
        api.poll(id, ApiClient::finished, Duration.ofSeconds(60));
        ApiClient.Answer replan = api.post("/v1/plans/" + id + "/replan?moveCountLimit=500&now="
                + "2027-03-01T09:30:00%2B01:00", PROBLEM);
        assertThat(replan.status()).isEqualTo(202);
        String newId = replan.json().path("id").asText();
        assertThat(newId).isNotEqualTo(id);
        assertThat(replan.json().path("replanOf").asText()).isEqualTo(id);
        assertThat(api.poll(newId, ApiClient::finished, Duration.ofSeconds(60)).path("status").asText())
                .isEqualTo("done");
        JsonNode plan = api.get("/v1/plans/" + newId + "/plan").json();
        assertThat(plan.path("changes").path("visits").size()).isEqualTo(14);

        // a published plan that does not fit the changed problem is refused before anything is queued
        ObjectNode renamed = (ObjectNode) json(PROBLEM);
        String caregiver = plan.path("shifts").get(0).path("caregiverId").asText();
        for (JsonNode c : renamed.path("caregivers")) {
            if (c.path("id").asText().equals(caregiver)) {
                ((ObjectNode) c).put("id", "someone-else");
            }
        }
        ApiClient.Answer refused = api.post("/v1/plans/" + newId + "/replan?moveCountLimit=500", renamed.toString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("source").asText()).isEqualTo("plan");
        assertThat(refused.json().path("errors").get(0).path("pointer").asText()).isEqualTo(
                "/shifts/0/caregiverId");
    }

    @Test
    void outputs_reportGeoJsonCsvAndCalendars() {
        String id = api.post("/v1/plans?moveCountLimit=1000", PROBLEM).json().path("id").asText();
        api.poll(id, ApiClient::finished, Duration.ofSeconds(60));
        assertThat(api.get("/v1/plans/" + id + "/report").body()).contains("Key figures").contains("class=\"gantt\"");
        assertThat(api.get("/v1/plans/" + id + "/geojson").json().path("features").size()).isPositive();
        assertThat(api.get("/v1/plans/" + id + "/csv").body()).startsWith("status,");
        String all = api.get("/v1/plans/" + id + "/ics").body();
        assertThat(all).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT");
        String caregiver = api.get("/v1/plans/" + id + "/plan").json().path("shifts").get(0).path("caregiverId")
                .asText();
        assertThat(api.get("/v1/plans/" + id + "/ics?caregiver=" + caregiver).body()).contains("BEGIN:VEVENT");
        assertThat(api.get("/v1/plans/" + id + "/ics?caregiver=nobody").status()).isEqualTo(404);
    }

    @Test
    void validateVerifyExplainAndRecommend() {
        JsonNode valid = api.post("/v1/validate", PROBLEM).json();
        assertThat(valid.path("visits").asInt()).isEqualTo(14);
        String id = api.post("/v1/plans?moveCountLimit=1000", PROBLEM).json().path("id").asText();
        api.poll(id, ApiClient::finished, Duration.ofSeconds(60));
        JsonNode plan = api.get("/v1/plans/" + id + "/plan").json();
        ObjectNode both = MAPPER.createObjectNode();
        both.set("problem", json(PROBLEM));
        both.set("plan", plan);
        JsonNode verified = api.post("/v1/verify", both.toString()).json();
        assertThat(verified.path("score").asText()).isEqualTo(plan.path("score").asText());
        JsonNode explained = api.post("/v1/explain", both.toString()).json();
        assertThat(explained.path("score").asText()).isEqualTo(plan.path("score").asText());
        both.put("visitId", "v3");
        both.put("top", 3);
        JsonNode places = api.post("/v1/recommendations", both.toString()).json();
        assertThat(places.path("visitId").asText()).isEqualTo("v3");
        assertThat(places.path("options").size()).isBetween(1, 3);

        ((ObjectNode) both.path("plan").path("shifts").get(0)).put("shiftId", 17);
        ApiClient.Answer badPlan = api.post("/v1/verify", both.toString());
        assertThat(badPlan.status()).isEqualTo(400);
        assertThat(badPlan.json().path("errors").get(0).path("pointer").asText()).isEqualTo("/plan/shifts/0/shiftId");
    }

    @Test
    void badInput_isAProblemDocumentWithEveryPointer() {
        ObjectNode problem = (ObjectNode) json(PROBLEM);
        ((ObjectNode) problem.path("visits").get(0)).put("duration", "half an hour");
        ((ObjectNode) problem.path("visits").get(2)).put("id", problem.path("visits").get(1).path("id").asText());
        ApiClient.Answer answer = api.post("/v1/plans", problem.toString());
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        JsonNode body = answer.json();
        assertThat(body.path("type").asText()).endsWith("/invalid-input");
        assertThat(StreamSupport.stream(body.path("errors").spliterator(), false).map(e -> e.path("pointer")
                .asText())).contains("/visits/0/duration", "/visits/2/id");

        ApiClient.Answer badOption = api.post("/v1/plans?timeLimit=soon&colour=blue", PROBLEM);
        assertThat(badOption.status()).isEqualTo(400);
        assertThat(StreamSupport.stream(badOption.json().path("errors").spliterator(), false).map(e -> e.path(
                "parameter").asText())).containsExactlyInAnyOrder("timeLimit", "colour");
        assertThat(api.post("/v1/plans?timeLimit=PT3H", PROBLEM).status()).isEqualTo(400);
        assertThat(api.post("/v1/plans", "").status()).isEqualTo(400);
        assertThat(api.post("/v1/plans", new byte[]{(byte) 0xC3, 0x28}).status()).isEqualTo(400);
    }

    @Test
    void unknownThings_are404And405() {
        assertThat(api.get("/v1/plans/0123456789abcdef0123456789abcdef").status()).isEqualTo(404);
        assertThat(api.get("/v1/plans/..%2F..%2Fetc%2Fpasswd").status()).isIn(400, 404);
        assertThat(api.send("PUT", "/v1/plans", "{}".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(405);
        assertThat(api.get("/v1/nothing").status()).isEqualTo(404);
        assertThat(api.get("/health").json().path("status").asText()).isEqualTo("up");
        assertThat(api.get("/ready").status()).isEqualTo(200);
    }

    @Test
    void problemWithRoadTravel_isRefusedWithoutOpeningItsFile() throws IOException {
        ObjectNode problem = (ObjectNode) json(PROBLEM);
        Path secret = Files.writeString(dataDir.resolve("not-a-map.osm.pbf"), "x");
        problem.putObject("travel").put("mode", "osm").put("osmFile", secret.toString());
        ApiClient.Answer answer = api.post("/v1/plans", problem.toString());
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").get(0).path("pointer").asText()).isEqualTo("/travel/mode");
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }
}
