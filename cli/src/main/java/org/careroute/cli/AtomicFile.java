package org.careroute.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes an output file all or nothing: the content goes to a hidden temporary file in the target's directory, is
 * forced to disk, and is then renamed over the target in one atomic step. Readers see either the old file or the
 * complete new one; on any failure the temporary file is deleted and the target is untouched.
 */
final class AtomicFile {

    private AtomicFile() {
    }

    /**
     * Checks, before any work is done, that {@code target} can be written: its directory exists and is writable, it
     * is not a directory and not the same file as {@code input}.
     */
    static void requireWritable(Path target, Path input) {
        Path absolute = target.toAbsolutePath().normalize();
        Path directory = absolute.getParent();
        if (Files.isDirectory(target)) {
            throw new CommandFailure(target + ": is a directory; give the output file's name, e.g. "
                    + target.resolve("plan.json") + ".");
        }
        if (directory == null || !Files.exists(directory)) {
            throw new CommandFailure(target + ": the output directory " + directory
                    + " does not exist; create it first (mkdir -p " + directory + ").");
        }
        if (!Files.isDirectory(directory)) {
            throw new CommandFailure(target + ": " + directory + " is not a directory.");
        }
        if (!Files.isWritable(directory)) {
            throw new CommandFailure(target + ": cannot write to the directory " + directory
                    + " (permission denied); choose another output path.");
        }
        if (input != null && Files.exists(target) && isSameFile(target, input)) {
            throw new CommandFailure(target + ": is the input file; choose another output path so the input is kept.");
        }
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes {@code content} to {@code target} atomically (UTF-8). */
    static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
                    Writer writer = new BufferedWriter(Channels.newWriter(channel, StandardCharsets.UTF_8))) {
                content.writeTo(writer);
                writer.flush();
                channel.force(true);
            }
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** Produces the file's content. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer writer) throws IOException;
    }
}
