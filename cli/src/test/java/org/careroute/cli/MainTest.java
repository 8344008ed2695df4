package org.careroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

class MainTest {

    @Test
    void noCommand_exitsTwoWithHint() {
        Cli.Result result = Cli.run();

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Missing command").contains("careroute --help");
    }

    @Test
    void version_printsCarerouteWithItsCommitTimefoldAndJava() {
        Cli.Result result = Cli.run("--version");

        assertThat(result.exitCode()).isZero();
        // Built in a git checkout (as in CI), the jar knows its commit; outside one it says "unknown".
        String commit = Files.exists(Path.of("..", ".git")) ? "[0-9a-f]{40}" : "unknown";
        assertThat(result.out()).containsPattern("(?m)^careroute \\d+\\.\\d+\\.\\d+\\S* \\(git commit " + commit
                + "( with local changes)?\\)$").contains("Timefold Solver 2.").contains("Java ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"solve", "validate", "verify"})
    void helpOfEveryCommand_exitsZeroAndNamesTheExitCodes(String command) {
        Cli.Result result = Cli.run(command, "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: careroute " + command).contains("Exit codes");
    }

    @Test
    void misspelledCommand_exitsTwoWithSuggestion() {
        Cli.Result result = Cli.run("sovle", "problem.json");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Did you mean").contains("solve");
    }

    @Test
    void unknownOption_exitsTwo() {
        Cli.Result result = Cli.run("validate", "--strict", "problem.json");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--strict").contains("careroute validate --help");
    }

    @Test
    void unexpectedError_printsOneLineAndTheDebugHint() {
        StringWriter err = new StringWriter();

        int exitCode = handleUnexpected(err, "validate", "problem.json");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("careroute validate: unexpected error: boom" + System.lineSeparator()
                + ErrorHandling.DEBUG_HINT + System.lineSeparator());
    }

    @Test
    void unexpectedErrorWithDebug_printsTheStackTrace() {
        StringWriter err = new StringWriter();

        int exitCode = handleUnexpected(err, "validate", "--debug", "problem.json");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("unexpected error: boom").contains("IllegalStateException")
                .contains("\tat ");
    }

    private static int handleUnexpected(StringWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setErr(new PrintWriter(err, true));
        ParseResult parsed = commandLine.parseArgs(args);
        CommandLine failed = parsed.subcommand().commandSpec().commandLine();
        return ErrorHandling.handleExecutionException(new IllegalStateException("boom"), failed, parsed);
    }
}
