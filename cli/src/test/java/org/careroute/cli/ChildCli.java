package org.careroute.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the real command line ({@link Main#main}) in a child JVM with the test class path, so that signals, exit
 * codes and JVM options behave as for {@code ./careroute} without a packaged jar.
 */
final class ChildCli {

    private ChildCli() {
    }

    /** Starts {@code careroute ARGS} with extra JVM options; stdout and stderr go to files in {@code dir}. */
    static Process start(Path dir, String name, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(dir.resolve(name + ".out").toFile()).redirectError(dir
                .resolve(name + ".err").toFile()).start();
    }

    /** Runs {@code careroute ARGS} to the end and returns its exit code. */
    static int run(Path dir, String name, List<String> jvmOptions, String... args) throws IOException,
            InterruptedException {
        Process process = start(dir, name, jvmOptions, args);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("careroute " + String.join(" ", args) + " did not end in 5 minutes.");
        }
        return process.exitValue();
    }
}
