package org.careroute.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.careroute.core.api.model.OsmTravel;
import org.careroute.server.CarerouteServer;
import org.careroute.server.ServerOptions;
import org.careroute.server.ServerRoads;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code careroute serve}: the HTTP planning service and the coordinator's page (server module). */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = {
        "Runs the planning service: the REST API v1 (OpenAPI document at /v1/openapi.json) and the coordinator's"
                + " page at /. Jobs are kept in --data-dir and taken back after a restart, also after kill -9.",
        "Stop it with Ctrl-C or SIGTERM: running solves keep their best plan and continue at the next start."}, footer = {
                "", "Example: careroute serve --port 8080 --data-dir /var/lib/careroute",
                "Exit codes: 2 bad option or the port cannot be used; 130/143 after Ctrl-C/SIGTERM."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private OsmOptions osm;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "TCP port (default"
            + " ${DEFAULT-VALUE}; 0 = any free port).")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServerOptions.LOCALHOST, description = "Address"
            + " to listen on (default ${DEFAULT-VALUE}: this machine only; 0.0.0.0 for every interface, then use"
            + " --api-key-file).")
    private String bind;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "careroute-data", description = "Where jobs"
            + " are kept: problem, options, status and best plan (default ${DEFAULT-VALUE}, created when missing).")
    private Path dataDir;

    @Option(names = "--max-concurrent-solves", paramLabel = "N", description = "Solves running at once (default:"
            + " the number of processors).")
    private Integer maxConcurrentSolves;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "16", description = "Submissions that may wait for a"
            + " solver (default ${DEFAULT-VALUE}); beyond, a submission gets 429 with Retry-After.")
    private int queue;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "67108864", converter = PositiveLongConverter.class, description = "Largest request body (default ${DEFAULT-VALUE}, 64 MiB); larger ones get 413.")
    private Long maxBody;

    @Option(names = "--default-time-limit", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class, description = "Time limit of a solve that asks for none (default ${DEFAULT-VALUE}).")
    private Duration defaultTimeLimit;

    @Option(names = "--max-time-limit", paramLabel = "DURATION", defaultValue = "1h", converter = DurationConverter.class, description = "Longest time limit a request may ask for (default ${DEFAULT-VALUE}).")
    private Duration maxTimeLimit;

    @Option(names = "--checkpoint-interval", paramLabel = "DURATION", defaultValue = "2s", converter = DurationConverter.class, description = "The best plan of a running solve is written to --data-dir at most this often (default ${DEFAULT-VALUE}).")
    private Duration checkpointInterval;

    @Option(names = "--api-key-file", paramLabel = "FILE", description = "Require an API key on /v1 requests"
            + " ('Authorization: Bearer KEY' or 'X-API-Key: KEY'): one key per line; empty lines and lines"
            + " starting with # are skipped.")
    private Path apiKeyFile;

    @Override
    public Integer call() throws InterruptedException {
        Logging.configure(common.verbosity());
        ServerOptions options;
        try {
            options = new ServerOptions(bind, port, dataDir, maxConcurrentSolves == null
                    ? Math.max(1, Runtime
                            .getRuntime().availableProcessors())
                    : maxConcurrentSolves, queue, maxBody, defaultTimeLimit,
                    maxTimeLimit, checkpointInterval, apiKeys());
        } catch (IllegalArgumentException e) {
            throw new CommandFailure("careroute serve: " + e.getMessage());
        }
        if (osm.osmFile == null && osm.anyGiven()) {
            throw new CommandFailure("--profile, --graph-cache and --max-snap need a road map: give --osm FILE.");
        }
        RoadTravel roads = osm.osmFile == null
                ? null
                : RoadTravel.open(new OsmTravel(osm.osmFile.toAbsolutePath()
                        .normalize().toString(),
                        osm.maxSnapMeters == null
                                ? OsmTravel.DEFAULT_MAX_SNAP_METERS
                                : osm.maxSnapMeters,
                        osm.graphCache == null ? null : osm.graphCache.toString(), osm.profile));
        ServerRoads serverRoads = roads == null
                ? ServerRoads.NONE
                : new ServerRoads(roads.source(), roads.travel(), roads.geometry());
        CarerouteServer server;
        try {
            server = CarerouteServer.start(options, serverRoads);
        } catch (IOException | RuntimeException e) {
            if (roads != null) {
                roads.close();
            }
            throw new CommandFailure("careroute serve: cannot start: " + ErrorHandling.describe(e));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            if (roads != null) {
                roads.close();
            }
            stopped.countDown();
        }, "careroute-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        PrintWriter out = spec.commandLine().getOut();
        out.println("careroute serve: listening on " + server.uri() + " (API " + server.uri() + "v1/openapi.json);"
                + " jobs in " + dataDir.toAbsolutePath().normalize() + (server.recoveredJobs() > 0
                        ? "; " + server.recoveredJobs() + " unfinished jobs taken back"
                        : "")
                + ".");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    private List<String> apiKeys() {
        if (apiKeyFile == null) {
            return List.of();
        }
        try {
            List<String> keys = Files.readAllLines(apiKeyFile, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            if (keys.isEmpty()) {
                throw new CommandFailure(apiKeyFile + ": holds no API key; write one key per line.");
            }
            return keys;
        } catch (IOException e) {
            throw new CommandFailure(apiKeyFile + ": cannot read the API keys (" + ErrorHandling.describe(e) + ").");
        }
    }
}
