package org.careroute.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.careroute.core.api.Planner;
import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a server JVM while it solves, then a restart on the same data directory: every job is listed
 * again, the finished one as it was, the solve that was running continues from its best plan, the re-planning that
 * was running is {@code interrupted} with its best plan, the queued ones run; every kept plan is a whole plan file.
 */
@Tag("slow")
class RecoveryTest {

    @TempDir
    Path dir;

    @Test
    void killNine_whileSolving_thenRestart_recoversEveryJob() throws Exception {
        Path dataDir = dir.resolve("data");
        String problemJson = TestServer.tinyProblem(11, 30, 4);
        Problem problem = CarerouteJson.readProblem(problemJson, "problem");
        String done;
        String solving;
        String replanning;
        List<String> queued = new ArrayList<>();
        Process first = start(dataDir, dir.resolve("port-1"));
        try {
            ApiClient api = client(dir.resolve("port-1"));
            done = api.post("/v1/plans?moveCountLimit=500", problemJson).json().path("id").asText();
            api.poll(done, ApiClient::finished, Duration.ofSeconds(60));
            solving = api.post("/v1/plans?timeLimit=PT4M", problemJson).json().path("id").asText();
            replanning = api.post("/v1/plans/" + done + "/replan?timeLimit=PT4M", problemJson).json().path("id")
                    .asText();
            for (int i = 0; i < 3; i++) {
                queued.add(api.post("/v1/plans?moveCountLimit=300&seed=" + i, problemJson).json().path("id")
                        .asText());
            }
            for (String id : List.of(solving, replanning)) {
                api.poll(id, state -> state.has("score"), Duration.ofSeconds(60));
                waitFor(dataDir.resolve("jobs").resolve(id).resolve("plan.json"));
            }
            assertThat(api.get("/v1/plans/" + queued.get(0) + "?plan=false").json().path("status").asText())
                    .isEqualTo("queued");
        } finally {
            first.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        Process second = start(dataDir, dir.resolve("port-2"));
        try {
            ApiClient api = client(dir.resolve("port-2"));
            String[] started = Files.readString(dir.resolve("port-2")).split(" ");
            assertThat(Integer.parseInt(started[1])).as("jobs taken back").isEqualTo(5);
            Map<String, JsonNode> jobs = StreamSupport.stream(api.get("/v1/plans").json().path("jobs")
                    .spliterator(), false).collect(Collectors.toMap(job -> job.path("id").asText(),
                            Function
                                    .identity()));
            assertThat(jobs).hasSize(6);
            assertThat(jobs.get(done).path("status").asText()).isEqualTo("done");
            assertThat(jobs.get(done).path("recoveries").asInt()).isZero();
            assertThat(jobs.get(replanning).path("status").asText()).isEqualTo("interrupted");
            assertThat(jobs.get(solving).path("recoveries").asInt()).isEqualTo(1);
            assertThat(jobs.get(solving).path("message").asText()).contains("continued from the best plan");
            for (String id : List.of(replanning, solving)) {
                Plan kept = CarerouteJson.readPlan(api.get("/v1/plans/" + id + "/plan").body(), "plan");
                assertThat(Planner.create().verify(problem, kept).recomputed().assignedVisits()).isEqualTo(kept
                        .summary().assignedVisits());
            }
            assertThat(api.delete("/v1/plans/" + solving).json().path("status").asText()).isEqualTo("cancelled");
            for (String id : queued) {
                JsonNode state = api.poll(id, ApiClient::finished, Duration.ofSeconds(120));
                assertThat(state.path("status").asText()).isEqualTo("done");
                assertThat(state.path("recoveries").asInt()).isEqualTo(1);
            }
            System.out.printf("kill -9 while solving: 6 jobs listed after the restart, 5 taken back (1 solve"
                    + " continued, 1 re-planning interrupted with its plan, 3 queued then done), 1 done kept%n");
        } finally {
            second.destroyForcibly();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Process start(Path dataDir, Path portFile) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), ChildServer.class
                .getName(), dataDir.toString(), portFile.toString()).redirectOutput(dir
                        .resolve(portFile
                                .getFileName() + ".out")
                        .toFile())
                .redirectError(dir.resolve(portFile.getFileName() + ".err")
                        .toFile())
                .start();
    }

    private ApiClient client(Path portFile) throws Exception {
        waitFor(portFile);
        URI uri = URI.create("http://127.0.0.1:" + Files.readString(portFile).split(" ")[0] + "/");
        ApiClient plain = new ApiClient(uri, null);
        return new ApiClient(uri, OpenApiContract.fetch(plain.http(), uri));
    }

    private void waitFor(Path file) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!Files.exists(file)) {
            if (System.nanoTime() > deadline) {
                String log = Files.exists(dir.resolve("port-1.err")) ? Files.readString(dir.resolve("port-1.err")) : "";
                throw new AssertionError("No " + file + " after 90 s\n" + log);
            }
            Thread.sleep(50);
        }
    }
}
