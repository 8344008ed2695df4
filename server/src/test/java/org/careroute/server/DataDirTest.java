package org.careroute.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data directory across restarts in one JVM: a clean stop continues solves, damaged folders are passed over. */
class DataDirTest {

    private static final String PROBLEM = TestServer.tinyProblem(21, 12, 3);

    @TempDir
    Path dataDir;

    @Test
    void cleanStop_whileSolving_continuesAtTheNextStart() {
        String id;
        try (TestServer first = TestServer.start(TestServer.options(dataDir))) {
            id = first.client.post("/v1/plans?timeLimit=PT90S", PROBLEM).json().path("id").asText();
            first.client.poll(id, state -> state.has("score"), Duration.ofSeconds(60));
        }
        try (TestServer second = TestServer.start(TestServer.options(dataDir))) {
            assertThat(second.server.recoveredJobs()).isEqualTo(1);
            JsonNode state = second.client.get("/v1/plans/" + id + "?plan=false").json();
            assertThat(state.path("recoveries").asInt()).isEqualTo(1);
            assertThat(state.path("status").asText()).isIn("queued", "solving");
            assertThat(second.client.get("/v1/plans/" + id + "/plan").status()).isEqualTo(200);
            assertThat(second.client.delete("/v1/plans/" + id).json().path("status").asText()).isEqualTo(
                    "cancelled");
        }
    }

    @Test
    void damagedJobFolders_arePassedOver() throws IOException {
        String id;
        try (TestServer first = TestServer.start(TestServer.options(dataDir))) {
            id = first.client.post("/v1/plans?moveCountLimit=300", PROBLEM).json().path("id").asText();
            first.client.poll(id, ApiClient::finished, Duration.ofSeconds(60));
        }
        Path jobs = dataDir.resolve("jobs");
        Files.writeString(Files.createDirectory(jobs.resolve("0123456789abcdef0123456789abcdef")).resolve("job.json"),
                "{not json");
        Files.writeString(Files.createDirectory(jobs.resolve("fedcba9876543210fedcba9876543210")).resolve(
                "problem.json"), PROBLEM);
        Path other = Files.createDirectory(jobs.resolve("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
        Files.copy(jobs.resolve(id).resolve("problem.json"), other.resolve("problem.json"));
        Files.writeString(other.resolve("job.json"), Files.readString(jobs.resolve(id).resolve("job.json")).replace(
                "\"done\"", "\"exploded\"").replace(id, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
        Files.createDirectory(jobs.resolve("not-a-job"));
        Files.writeString(jobs.resolve(id).resolve(".plan.json.1234.tmp"), "{\"half");
        try (TestServer second = TestServer.start(TestServer.options(dataDir))) {
            List<String> listed = StreamSupport.stream(second.client.get("/v1/plans").json().path("jobs")
                    .spliterator(), false).map(job -> job.path("id").asText()).toList();
            assertThat(listed).containsExactly(id);
            assertThat(second.server.recoveredJobs()).isZero();
            assertThat(second.client.get("/v1/plans/" + id + "/plan").json().path("score").asText()).isNotEmpty();
        }
    }
}
