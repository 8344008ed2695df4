package org.careroute.server;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.Problem;
import org.careroute.core.testutil.TestProblems;

/** A server in this JVM on an ephemeral loopback port, with a client that checks every answer against its OpenAPI. */
final class TestServer implements AutoCloseable {

    final CarerouteServer server;
    final ApiClient client;
    final OpenApiContract contract;

    private TestServer(CarerouteServer server) {
        this.server = server;
        ApiClient plain = new ApiClient(server.uri(), null);
        this.contract = OpenApiContract.fetch(plain.http(), server.uri());
        this.client = new ApiClient(server.uri(), contract);
    }

    /** Port 0 on 127.0.0.1, two solves at once, short default time limits. */
    static ServerOptions options(Path dataDir) {
        return ServerOptions.defaults(dataDir).withPort(0).withSolves(2, 16).withTimeLimits(Duration.ofSeconds(5),
                Duration.ofMinutes(2)).withCheckpointInterval(Duration.ofMillis(200));
    }

    static TestServer start(ServerOptions options) {
        try {
            return new TestServer(CarerouteServer.start(options, ServerRoads.NONE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small random problem (deterministic from the seed) as JSON. */
    static String tinyProblem(long seed, int visits, int caregivers) {
        return json(TestProblems.random(seed, visits, caregivers));
    }

    static String json(Problem problem) {
        StringWriter text = new StringWriter();
        try {
            CarerouteJson.writeProblem(problem, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    @Override
    public void close() {
        server.close();
    }
}
