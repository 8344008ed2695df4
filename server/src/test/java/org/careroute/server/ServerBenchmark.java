package org.careroute.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.careroute.core.api.Planner;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measurements for the README, not a test: runs only with {@code -Dcareroute.bench=true} and asserts nothing.
 * <ul>
 * <li>overhead: the shipped sample with a fixed move count, solved in-process ({@code Planner.solve}) and through the
 * API (submit, poll every 10 ms, fetch the plan) in the same JVM, alternately, after warm-up;</li>
 * <li>throughput: 8 solves of the sample with a fixed move count submitted at once, for 1 to 4 solves at a time.</li>
 * </ul>
 */
@EnabledIfSystemProperty(named = "careroute.bench", matches = "true")
class ServerBenchmark {

    private static final long MOVES = Long.getLong("careroute.bench.moves", 20_000);
    private static final int ROUNDS = Integer.getInteger("careroute.bench.rounds", 5);

    @TempDir
    Path dir;

    @Test
    void overheadAgainstInProcess() throws IOException {
        overhead("sample", sample(), MOVES, ROUNDS);
        overhead("10 visits", TestServer.tinyProblem(5, 10, 2), 300, ROUNDS * 4);
    }

    private void overhead(String name, String json, long moves, int rounds) {
        Problem problem = CarerouteJson.readProblem(json, name);
        Planner planner = Planner.create();
        SolveOptions options = new SolveOptions(Duration.ofMinutes(10), null, null, moves, 0L, null);
        try (TestServer server = TestServer.start(TestServer.options(dir.resolve("overhead-" + rounds)).withSolves(1,
                4).withTimeLimits(Duration.ofSeconds(30), Duration.ofMinutes(10)))) {
            for (int i = 0; i < 3; i++) {
                planner.solve(problem, options);
                viaHttp(server, json, moves);
            }
            long[] local = new long[rounds];
            long[] http = new long[rounds];
            long[] accept = new long[rounds];
            long[] localCpu = new long[rounds];
            long[] httpCpu = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                long cpu = cpuNanos();
                planner.solve(problem, options);
                local[i] = System.nanoTime() - start;
                localCpu[i] = cpuNanos() - cpu;
                cpu = cpuNanos();
                long[] times = viaHttp(server, json, moves);
                httpCpu[i] = cpuNanos() - cpu;
                http[i] = times[0];
                accept[i] = times[1];
            }
            System.out.printf("overhead CPU: %s: in-process median %.0f ms CPU per solve, via HTTP %.0f ms%n", name,
                    median(localCpu) / 1e6, median(httpCpu) / 1e6);
            System.out.printf("overhead: %s, %d moves, %d rounds: in-process median %.0f ms, via HTTP (submit, poll"
                    + " every 10 ms, fetch the plan) median %.0f ms, difference %.0f ms; submit answered (202) in"
                    + " median %.0f ms (in-process %s, HTTP %s)%n", name, moves, rounds, median(local) / 1e6,
                    median(
                            http) / 1e6,
                    (median(http) - median(local)) / 1e6, median(accept) / 1e6, millis(local),
                    millis(http));
        }
    }

    /** Wall time of submit to fetched plan, and of the submit alone. */
    private static long[] viaHttp(TestServer server, String json, long moves) {
        long start = System.nanoTime();
        String id = server.client.post("/v1/plans?moveCountLimit=" + moves, json).json().path("id").asText();
        long accepted = System.nanoTime() - start;
        while (!ApiClient.finished(server.client.get("/v1/plans/" + id + "?plan=false").json())) {
            sleep(10);
        }
        server.client.get("/v1/plans/" + id + "/plan");
        return new long[]{System.nanoTime() - start, accepted};
    }

    @Test
    void throughputByConcurrentSolves() throws IOException {
        String sample = sample();
        int jobs = 8;
        for (int concurrent = 1; concurrent <= 4; concurrent++) {
            try (TestServer server = TestServer.start(TestServer.options(dir.resolve("c" + concurrent)).withSolves(
                    concurrent, jobs).withTimeLimits(Duration.ofSeconds(30), Duration.ofMinutes(10)))) {
                server.client.poll(server.client.post("/v1/plans?moveCountLimit=" + MOVES, sample).json().path("id")
                        .asText(), ApiClient::finished, Duration.ofMinutes(5));
                long start = System.nanoTime();
                long cpuStart = cpuNanos();
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < jobs; i++) {
                    ids.add(server.client.post("/v1/plans?moveCountLimit=" + MOVES + "&seed=" + i, sample).json()
                            .path("id").asText());
                }
                long[] latency = new long[jobs];
                for (int i = 0; i < jobs; i++) {
                    JsonNode state = server.client.poll(ids.get(i), ApiClient::finished, Duration.ofMinutes(10));
                    latency[i] = Duration.between(java.time.Instant.parse(state.path("created").asText()),
                            java.time.Instant.parse(state.path("finished").asText())).toNanos();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpu = (cpuNanos() - cpuStart) / 1e9;
                System.out.printf("throughput: %d at a time: %d solves of %d moves in %.1f s = %.1f solves/min,"
                        + " median time from submission to done %.1f s, %.1f CPU s per solve, %.2f cores busy%n",
                        concurrent, jobs, MOVES, seconds, jobs * 60 / seconds, median(latency) / 1e9, cpu / jobs,
                        cpu / seconds);
            }
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String sample() throws IOException {
        try (InputStream in = ServerBenchmark.class.getResourceAsStream(
                "/org/careroute/server/samples/varmland-home-nursing.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String millis(long[] values) {
        return Arrays.toString(Arrays.stream(values).map(v -> v / 1_000_000).toArray());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
