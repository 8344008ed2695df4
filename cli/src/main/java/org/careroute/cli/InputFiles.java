package org.careroute.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.careroute.core.api.InputError;
import org.careroute.core.api.InvalidInputException;
import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.datasets.vrptw.VrptwInstance;
import org.careroute.datasets.vrptw.VrptwReader;

/** Reads the input files of a command; every failure becomes a message naming the file. */
final class InputFiles {

    private static final String PERMISSION_DENIED = "cannot be read: permission denied; check the file's permissions.";

    private InputFiles() {
    }

    static Problem readProblem(Path file) {
        requireReadableFile(file, "problem");
        return read(file, () -> CarerouteJson.readProblem(file));
    }

    static Plan readPlan(Path file) {
        requireReadableFile(file, "solution");
        return read(file, () -> CarerouteJson.readPlan(file));
    }

    static VrptwInstance readVrptwInstance(Path file) {
        requireReadableFile(file, "instance");
        return read(file, () -> VrptwReader.read(file));
    }

    /** Checks that {@code file} is an existing, readable regular file before any parsing. */
    private static void requireReadableFile(Path file, String role) {
        if (Files.isDirectory(file)) {
            throw failure(file, "is a directory, not a " + role + " file; give the path of a file.");
        }
        if (!Files.exists(file)) {
            throw failure(file, "no such " + role + " file (" + file.toAbsolutePath().normalize()
                    + "); check the path.");
        }
        if (!Files.isRegularFile(file)) {
            throw failure(file, "is not a regular file; give the path of a " + role + " file.");
        }
        if (!Files.isReadable(file)) {
            throw failure(file, PERMISSION_DENIED);
        }
    }

    private static <T> T read(Path file, IoSupplier<T> reader) {
        try {
            return reader.get();
        } catch (NoSuchFileException e) {
            throw failure(file, "no such file; check the path.");
        } catch (AccessDeniedException e) {
            throw failure(file, PERMISSION_DENIED);
        } catch (IOException | UncheckedIOException e) {
            throw failure(file, "cannot be read: " + ErrorHandling.describe(e));
        } catch (IllegalArgumentException e) {
            // a value the reader let through but the model rejects: still bad input, not a crash
            throw failure(file, ErrorHandling.describe(e));
        }
    }

    /** A file-level input error ({@code file: (document): message}), exit code 2. */
    static InvalidInputException failure(Path file, String message) {
        return new InvalidInputException(List.of(new InputError(file.toString(), "", message)));
    }

    @FunctionalInterface
    private interface IoSupplier<T> {
        T get() throws IOException;
    }
}
