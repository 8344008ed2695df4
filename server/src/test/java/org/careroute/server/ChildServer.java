package org.careroute.server;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A server in a JVM of its own, for the kill -9 test: {@code ChildServer DATA_DIR PORT_FILE} starts it on an
 * ephemeral loopback port with two solves at once, then writes {@code PORT RECOVERED} to PORT_FILE and runs until
 * killed.
 */
public final class ChildServer {

    private ChildServer() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        ServerOptions options = ServerOptions.defaults(dataDir).withPort(0).withSolves(2, 16).withTimeLimits(Duration
                .ofSeconds(5), Duration.ofMinutes(5)).withCheckpointInterval(Duration.ofMillis(100));
        CarerouteServer server = CarerouteServer.start(options, ServerRoads.NONE);
        Path portFile = Path.of(args[1]);
        Path temporary = portFile.resolveSibling(portFile.getFileName() + ".tmp");
        Files.writeString(temporary, server.port() + " " + server.recoveredJobs(), StandardCharsets.UTF_8);
        Files.move(temporary, portFile);
        server.join();
    }
}
