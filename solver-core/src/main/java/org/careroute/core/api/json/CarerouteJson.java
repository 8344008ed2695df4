package org.careroute.core.api.json;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;

/** Reads and writes the careroute JSON format (version 1). Thread-safe. */
public final class CarerouteJson {

    private CarerouteJson() {
    }

    /**
     * Reads, schema-validates and semantically checks a problem file.
     *
     * @throws org.careroute.core.api.InvalidInputException
     *             listing every problem with its JSON pointer
     * @throws IOException
     *             when the file cannot be read
     */
    public static Problem readProblem(Path file) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    /** Like {@link #readProblem(Path)} for JSON text; {@code sourceName} names it in error messages. */
    public static Problem readProblem(String json, String sourceName) {
        throw new UnsupportedOperationException("not yet");
    }

    public static void writeProblem(Problem problem, Writer out) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    /** Reads a plan (solution) file written by {@link #writePlan}. */
    public static Plan readPlan(Path file) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    /** Writes a plan, formatting times like the problem does (its time zone, ISO or numbers). */
    public static void writePlan(Plan plan, Problem problem, Writer out) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }
}
