package org.careroute.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 submissions from 20 concurrent clients against 2 solvers and a queue of 6: every submission is either accepted
 * (202) and then finishes, or refused with 429 and a Retry-After; none is lost or listed twice. Each client submits
 * a small problem, waits for its plan when accepted (half a second after a refusal), then submits the next.
 */
@Tag("slow")
class LoadTest {

    private static final int CLIENTS = 20;
    private static final int PER_CLIENT = 10;

    @TempDir
    Path dataDir;

    @Test
    void twoHundredSubmissionsFromTwentyClients_eachFinishedOrRefused() throws Exception {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            problems.add(TestServer.tinyProblem(100 + i, 8, 2));
        }
        ConcurrentLinkedQueue<String> accepted = new ConcurrentLinkedQueue<>();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        long started = System.nanoTime();
        try (TestServer server = TestServer.start(TestServer.options(dataDir).withSolves(2, 6))) {
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                done.add(clients.submit(() -> {
                    for (int n = 0; n < PER_CLIENT; n++) {
                        ApiClient.Answer answer = server.client.post("/v1/plans?moveCountLimit=300&seed=" + n,
                                problems.get((client + n) % problems.size()));
                        if (answer.status() == 202) {
                            String id = answer.json().path("id").asText();
                            accepted.add(id);
                            // a client that waits for its plan before it sends the next problem
                            server.client.poll(id, ApiClient::finished, Duration.ofSeconds(120));
                        } else if (answer.status() == 429) {
                            int retryAfter = Integer.parseInt(answer.header("Retry-After"));
                            assertThat(retryAfter).isPositive();
                            refused.incrementAndGet();
                            Thread.sleep(Math.min(retryAfter, 1) * 500L);
                        } else {
                            other.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            clients.shutdown();
            for (String id : accepted) {
                JsonNode state = server.client.poll(id, ApiClient::finished, Duration.ofSeconds(120));
                assertThat(state.path("status").asText()).as(id).isEqualTo("done");
            }
            Set<String> listed = new HashSet<>();
            StreamSupport.stream(server.client.get("/v1/plans").json().path("jobs").spliterator(), false).forEach(
                    job -> assertThat(listed.add(job.path("id").asText())).as("listed once").isTrue());
            assertThat(other.get()).isZero();
            assertThat(accepted.size() + refused.get()).isEqualTo(CLIENTS * PER_CLIENT);
            assertThat(new HashSet<>(accepted)).hasSize(accepted.size()).isEqualTo(listed);
            assertThat(accepted).hasSizeGreaterThanOrEqualTo(8);
            System.out.printf("load: %d submissions from %d clients, %d accepted and done, %d refused with 429,"
                    + " %.1f s%n", CLIENTS * PER_CLIENT, CLIENTS, accepted.size(), refused.get(),
                    (System
                            .nanoTime() - started) / 1e9);
        }
    }
}
