package org.careroute.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Sets log levels from the command's verbosity; the appender (stderr) and defaults are in logback.xml. */
final class Logging {

    /**
     * Logs "Solving started" and "Solving ended: ... move evaluation speed (N/sec)" at INFO; Timefold's speed counts
     * only its own moves, so careroute logs the speed of its ruin-and-recreate search after it.
     */
    static final String SOLVER_LOGGER = "ai.timefold.solver.core.impl.solver.DefaultSolver";
    /** Parent of the phase loggers ("Local Search phase (1) ended: ..."). */
    static final String TIMEFOLD_LOGGER = "ai.timefold.solver";
    static final String CAREROUTE_LOGGER = "org.careroute";
    /** Road graph import and cache messages (an import of a large region takes minutes: show that it runs). */
    static final String ROUTING_LOGGER = "org.careroute.routing";
    /** GraphHopper's import phases (OSM passes, CH preparation per profile): the progress of a long import. */
    static final List<String> GRAPHHOPPER_PROGRESS_LOGGERS = List.of(
            "com.graphhopper.reader.osm.WaySegmentParser", "com.graphhopper.reader.osm.OSMReader",
            "com.graphhopper.routing.ch.CHPreparationHandler");

    private Logging() {
    }

    /** Applies the levels for one command; every level is set, so repeated in-process runs do not leak. */
    static void configure(Verbosity verbosity) {
        if (!(LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context)) {
            return; // another SLF4J provider is in charge (e.g. when embedded); leave its configuration alone
        }
        Logger solver = context.getLogger(SOLVER_LOGGER);
        Logger timefold = context.getLogger(TIMEFOLD_LOGGER);
        Logger careroute = context.getLogger(CAREROUTE_LOGGER);
        Logger routing = context.getLogger(ROUTING_LOGGER);
        routing.setLevel(verbosity.quiet() ? Level.WARN : verbosity.debug() ? Level.DEBUG : Level.INFO);
        for (String name : GRAPHHOPPER_PROGRESS_LOGGERS) {
            context.getLogger(name).setLevel(verbosity.quiet() ? Level.WARN : Level.INFO);
        }
        if (verbosity.quiet()) {
            solver.setLevel(Level.WARN);
            timefold.setLevel(Level.WARN);
            careroute.setLevel(Level.WARN);
        } else if (verbosity.debug()) {
            solver.setLevel(Level.INFO);
            timefold.setLevel(Level.INFO);
            careroute.setLevel(Level.DEBUG);
        } else if (verbosity.verbose()) {
            solver.setLevel(Level.INFO);
            timefold.setLevel(Level.WARN);
            careroute.setLevel(Level.INFO);
        } else {
            // the solver's lines would break into the one-line progress display: --verbose shows them
            solver.setLevel(Level.WARN);
            timefold.setLevel(Level.WARN);
            careroute.setLevel(Level.WARN);
        }
    }
}
