package org.careroute.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.concurrent.Executors;
import org.careroute.core.api.Planner;
import org.careroute.server.internal.ApiHandler;
import org.careroute.server.internal.JobService;
import org.careroute.server.internal.ProblemErrorHandler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The careroute planning service: the REST API v1, server-sent events and the coordinator's page, on Jetty 12.
 * {@link #start} takes back the jobs in the data directory and listens; {@link #close} stops the solves, keeps their
 * best plans and leaves them to be continued by the next start.
 */
public final class CarerouteServer implements AutoCloseable {

    private final Server server;
    private final JobService jobs;
    private final ServerConnector connector;

    private CarerouteServer(Server server, JobService jobs, ServerConnector connector) {
        this.server = server;
        this.jobs = jobs;
        this.connector = connector;
    }

    /**
     * Starts the service.
     *
     * @throws IOException
     *             when the data directory cannot be used or the address cannot be bound
     */
    public static CarerouteServer start(ServerOptions options, ServerRoads roads) throws IOException {
        Files.createDirectories(options.dataDir());
        Planner planner = roads.present() ? Planner.create(roads.source()) : Planner.create();
        JobService jobs = JobService.open(options, planner);
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("careroute-http");
        // blocking handlers (server-sent events, report rendering) each get a cheap virtual thread
        threads.setVirtualThreadsExecutor(Executors.newVirtualThreadPerTaskExecutor());
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(options.bind());
        connector.setPort(options.port());
        server.addConnector(connector);
        ApiHandler handler = new ApiHandler(jobs, options, roads);
        server.setHandler(handler);
        server.setErrorHandler(new ProblemErrorHandler());
        server.setStopTimeout(5_000);
        try {
            server.start();
        } catch (IOException e) {
            jobs.close();
            throw e;
        } catch (Exception e) {
            jobs.close();
            throw new IOException("Cannot start the HTTP server on " + options.bind() + ":" + options.port() + ": "
                    + e.getMessage(), e);
        }
        return new CarerouteServer(server, jobs, connector);
    }

    /** The port listened on (the one chosen when the options asked for port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** {@code http://HOST:PORT/}. */
    public URI uri() {
        String host = connector.getHost();
        if (host == null || host.equals("0.0.0.0") || host.equals("::")) {
            host = "127.0.0.1";
        }
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }

    /** How many jobs were queued or solving when the service last stopped and were taken back by this start. */
    public int recoveredJobs() {
        return jobs.recoveredJobs();
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        try {
            jobs.close();
            server.stop();
        } catch (Exception e) {
            throw new UncheckedIOException(new IOException("Cannot stop the HTTP server: " + e.getMessage(), e));
        }
    }
}
