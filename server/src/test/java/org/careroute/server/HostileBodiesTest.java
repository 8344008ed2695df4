package org.careroute.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.careroute.core.testutil.HostileInputs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library's hostile problem documents (malformed, inconsistent, extreme, invalid UTF-8, gigantic) as request
 * bodies: every one gets 400 (with pointers) or 413, or is a valid problem and is accepted; never a 500. Validate and
 * submit agree on which are valid.
 */
@Tag("slow")
class HostileBodiesTest {

    private static final int VARIANTS = 150;

    @TempDir
    Path dataDir;

    @Test
    void hostileBodies_get400Or413_never500() {
        String valid = TestServer.tinyProblem(3, 10, 3);
        int[] tally = new int[3];
        List<String> accepted = new ArrayList<>();
        try (TestServer server = TestServer.start(TestServer.options(dataDir).withSolves(1, VARIANTS + 10)
                .withMaxBodyBytes(256 * 1024))) {
            ApiClient api = server.client;
            for (long seed = 0; seed < VARIANTS; seed++) {
                HostileInputs.Variant variant = HostileInputs.mutate(valid, seed);
                ApiClient.Answer validated;
                try {
                    validated = api.post("/v1/validate", variant.bytes());
                } catch (RuntimeException e) {
                    throw new AssertionError(variant.description() + " (" + variant.bytes().length + " bytes)", e);
                }
                ApiClient.Answer submitted = api.post("/v1/plans?moveCountLimit=50", variant.bytes());
                assertThat(validated.status()).as(variant.description()).isIn(200, 400, 413);
                assertThat(submitted.status()).as(variant.description()).isIn(202, 400, 413);
                assertThat(submitted.status() == 202).as(variant.description()).isEqualTo(validated.status() == 200);
                if (submitted.status() == 400) {
                    assertThat(submitted.json().path("errors").size()).as(variant.description()).isPositive();
                    tally[0]++;
                } else if (submitted.status() == 413) {
                    tally[1]++;
                } else {
                    accepted.add(submitted.json().path("id").asText());
                    tally[2]++;
                }
            }
            String deep = "[".repeat(100_000);
            assertThat(api.post("/v1/plans", deep).status()).isEqualTo(400);
            assertThat(api.post("/v1/verify", "{\"problem\": " + deep).status()).isEqualTo(400);
            assertThat(api.post("/v1/explain", "[1, 2]").status()).isEqualTo(400);
            assertThat(api.post("/v1/recommendations", "{\"problem\": {}, \"plan\": {}, \"visitId\": 7}").status())
                    .isEqualTo(400);
            assertThat(api.post("/v1/plans", new byte[300 * 1024]).status()).isEqualTo(413);
            assertThat(api.post("/v1/plans", "\"a\"".repeat(10).getBytes(StandardCharsets.UTF_8)).status())
                    .isEqualTo(400);
            for (String id : accepted) {
                assertThat(api.poll(id, ApiClient::finished, Duration.ofSeconds(60)).path("status").asText())
                        .isEqualTo("done");
            }
        }
        System.out.printf("hostile bodies: %d variants, %d refused with 400, %d with 413, %d valid and planned%n",
                VARIANTS, tally[0], tally[1], tally[2]);
    }
}
