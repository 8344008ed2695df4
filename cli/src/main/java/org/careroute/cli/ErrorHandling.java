package org.careroute.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.careroute.core.api.InputError;
import org.careroute.core.api.InvalidInputException;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Turns every failure into a short message and an exit code; stack traces only with {@code --debug}. */
final class ErrorHandling {

    static final String DEBUG_HINT = "Run with --debug for details.";

    private ErrorHandling() {
    }

    /** Bad usage: unknown option, missing parameter, bad option value. */
    static int handleParameterException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(commandLine.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCodes.BAD_INPUT;
    }

    /** A command failed while running; {@code commandLine} is the (sub)command that failed. */
    static int handleExecutionException(Exception e, CommandLine commandLine, ParseResult fullParseResult) {
        PrintWriter err = commandLine.getErr();
        Throwable cause = unwrap(e);
        switch (cause) {
            case CommandFailure failure -> failure.lines().forEach(err::println);
            case InvalidInputException invalid -> printInputErrors(invalid.errors(), err);
            default -> {
                err.println(commandLine.getCommandSpec().qualifiedName() + ": unexpected error: " + describe(cause));
                if (commandLine.getParseResult().hasMatchedOption("--debug")) {
                    cause.printStackTrace(err);
                } else {
                    err.println(DEBUG_HINT);
                }
            }
        }
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    static void printInputErrors(List<InputError> errors, PrintWriter err) {
        errors.forEach(error -> err.println(error.toString()));
        String sources = errors.stream().map(InputError::source).distinct().reduce((a, b) -> a + ", " + b).orElse("");
        err.println(errors.size() + (errors.size() == 1 ? " problem" : " problems") + " found in " + sources + ".");
    }

    /** Strips the wrappers that futures put around the real failure. */
    static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /** One line about an unexpected failure, without the class name unless there is no message. */
    static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory; give Java more heap, e.g. JAVA_OPTS=-Xmx8g ./careroute ...";
        }
        String message = e.getMessage();
        return message == null || message.isBlank()
                ? e.getClass().getSimpleName()
                : message.lines().findFirst()
                        .orElseThrow();
    }
}
