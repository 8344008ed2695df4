package org.careroute.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the planning service runs.
 *
 * @param bind
 *            the address to listen on; {@code 127.0.0.1} (only this machine) unless the service is meant to be
 *            reached from other machines
 * @param port
 *            the TCP port, 0 for any free port
 * @param dataDir
 *            where the jobs are kept (problem, options, status, best plan); created when missing
 * @param maxConcurrentSolves
 *            solves running at once; more submissions wait in the queue
 * @param queueCapacity
 *            submissions that may wait for a free solver; beyond it a submission is refused with 429
 * @param maxBodyBytes
 *            the largest request body accepted; larger ones are refused with 413
 * @param defaultTimeLimit
 *            the time limit of a solve that asks for none
 * @param maxTimeLimit
 *            the longest time limit a request may ask for; it also bounds solves that give only a move count, an
 *            unimproved time or a target score
 * @param checkpointInterval
 *            the best plan of a running solve is written to the data directory at most this often
 * @param apiKeys
 *            when not empty, every {@code /v1} request must present one of these keys
 */
public record ServerOptions(String bind, int port, Path dataDir, int maxConcurrentSolves, int queueCapacity,
        long maxBodyBytes, Duration defaultTimeLimit, Duration maxTimeLimit, Duration checkpointInterval,
        List<String> apiKeys) {

    public static final String LOCALHOST = "127.0.0.1";

    public ServerOptions {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(dataDir, "dataDir");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port (" + port + ") must be between 0 and 65535.");
        }
        if (maxConcurrentSolves < 1) {
            throw new IllegalArgumentException("maxConcurrentSolves (" + maxConcurrentSolves + ") must be at least 1.");
        }
        if (queueCapacity < 0) {
            throw new IllegalArgumentException("queueCapacity (" + queueCapacity + ") must not be negative.");
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes (" + maxBodyBytes + ") must be positive.");
        }
        requirePositive(defaultTimeLimit, "defaultTimeLimit");
        requirePositive(maxTimeLimit, "maxTimeLimit");
        requirePositive(checkpointInterval, "checkpointInterval");
        if (defaultTimeLimit.compareTo(maxTimeLimit) > 0) {
            throw new IllegalArgumentException("defaultTimeLimit (" + defaultTimeLimit + ") must not exceed"
                    + " maxTimeLimit (" + maxTimeLimit + ").");
        }
        apiKeys = List.copyOf(apiKeys);
        if (apiKeys.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("An API key must not be blank.");
        }
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " (" + duration + ") must be positive.");
        }
    }

    /**
     * Localhost, port 8080, as many solves at once as the machine has processors, 16 waiting, bodies up to 64 MiB,
     * 30 s default and 1 h maximum time limit, the best plan written at most every 2 s, no API keys.
     */
    public static ServerOptions defaults(Path dataDir) {
        return new ServerOptions(LOCALHOST, 8080, dataDir, Math.max(1, Runtime.getRuntime().availableProcessors()),
                16, 64L << 20, Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofSeconds(2), List.of());
    }

    public ServerOptions withBind(String address) {
        return new ServerOptions(address, port, dataDir, maxConcurrentSolves, queueCapacity, maxBodyBytes,
                defaultTimeLimit, maxTimeLimit, checkpointInterval, apiKeys);
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(bind, newPort, dataDir, maxConcurrentSolves, queueCapacity, maxBodyBytes,
                defaultTimeLimit, maxTimeLimit, checkpointInterval, apiKeys);
    }

    public ServerOptions withSolves(int concurrent, int queued) {
        return new ServerOptions(bind, port, dataDir, concurrent, queued, maxBodyBytes, defaultTimeLimit,
                maxTimeLimit, checkpointInterval, apiKeys);
    }

    public ServerOptions withMaxBodyBytes(long bytes) {
        return new ServerOptions(bind, port, dataDir, maxConcurrentSolves, queueCapacity, bytes, defaultTimeLimit,
                maxTimeLimit, checkpointInterval, apiKeys);
    }

    public ServerOptions withTimeLimits(Duration defaultLimit, Duration maxLimit) {
        return new ServerOptions(bind, port, dataDir, maxConcurrentSolves, queueCapacity, maxBodyBytes, defaultLimit,
                maxLimit, checkpointInterval, apiKeys);
    }

    public ServerOptions withCheckpointInterval(Duration interval) {
        return new ServerOptions(bind, port, dataDir, maxConcurrentSolves, queueCapacity, maxBodyBytes,
                defaultTimeLimit, maxTimeLimit, interval, apiKeys);
    }

    public ServerOptions withApiKeys(List<String> keys) {
        return new ServerOptions(bind, port, dataDir, maxConcurrentSolves, queueCapacity, maxBodyBytes,
                defaultTimeLimit, maxTimeLimit, checkpointInterval, keys);
    }
}
