package org.careroute.core.api.json;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.internal.json.JsonCodec;

/** Reads and writes the careroute JSON format (version 1). Thread-safe. */
public final class CarerouteJson {

    private CarerouteJson() {
    }

    /**
     * Reads, schema-validates and semantically checks a problem file. Hostile documents are refused with an
     * {@link org.careroute.core.api.InvalidInputException} before they can exhaust memory: at most 256 MiB (system
     * property {@code careroute.maxInputBytes}), nesting depth 64, strings of 100 000 characters, numbers of 100
     * digits, no duplicate keys.
     *
     * @param file
     *            the problem file
     * @return the problem
     * @throws org.careroute.core.api.InvalidInputException
     *             listing every problem with its JSON pointer
     * @throws IOException
     *             when the file cannot be read
     */
    public static Problem readProblem(Path file) throws IOException {
        JsonCodec.checkSize(Files.size(file), file.toString());
        return JsonCodec.readProblem(Files.readAllBytes(file), file.toString());
    }

    /**
     * Like {@link #readProblem(Path)} for JSON text; {@code sourceName} names it in error messages.
     *
     * @param json
     *            the problem document
     * @param sourceName
     *            e.g. the file name
     * @return the problem
     */
    public static Problem readProblem(String json, String sourceName) {
        return JsonCodec.readProblem(json, sourceName);
    }

    /**
     * Writes a problem in the JSON format.
     *
     * @param problem
     *            the problem
     * @param out
     *            where to write it; not closed
     * @throws IOException
     *             when writing fails
     */
    public static void writeProblem(Problem problem, Writer out) throws IOException {
        JsonCodec.writeProblem(problem, out);
    }

    /**
     * Reads a plan (solution) file written by {@link #writePlan}.
     *
     * @param file
     *            the plan file
     * @return the plan
     * @throws IOException
     *             when the file cannot be read
     */
    public static Plan readPlan(Path file) throws IOException {
        JsonCodec.checkSize(Files.size(file), file.toString());
        return JsonCodec.readPlan(Files.readAllBytes(file), file.toString());
    }

    /**
     * Like {@link #readPlan(Path)} for JSON text; {@code sourceName} names it in error messages.
     *
     * @param json
     *            the plan document
     * @param sourceName
     *            e.g. the file name
     * @return the plan
     */
    public static Plan readPlan(String json, String sourceName) {
        return JsonCodec.readPlan(json, sourceName);
    }

    /**
     * Writes a plan, formatting times like the problem does (its time zone, ISO or numbers).
     *
     * @param plan
     *            the plan
     * @param problem
     *            the problem it plans
     * @param out
     *            where to write it; not closed
     * @throws IOException
     *             when writing fails
     */
    public static void writePlan(Plan plan, Problem problem, Writer out) throws IOException {
        JsonCodec.writePlan(plan, problem, out);
    }
}
