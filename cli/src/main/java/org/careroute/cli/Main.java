package org.careroute.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code careroute} command. {@link #main} is the only place in careroute that exits the JVM; everything else
 * returns an exit code from {@link #run}, which tests call in-process.
 */
@Command(name = "careroute", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = "Plans home-care visits: who goes where, in which order and when.", subcommands = {
        SolveCommand.class, ValidateCommand.class, VerifyCommand.class, ExplainCommand.class, ReportCommand.class,
        ExportCommand.class, ImportCommand.class, GenerateCommand.class, MatrixCommand.class,
        BenchCommand.class, RecommendCommand.class, ServeCommand.class}, footer = {"",
                "Exit codes: 0 success, 1 verify found violations, 2 bad input or usage.",
                "Run 'careroute COMMAND --help' for the options of a command."})
public final class Main implements Runnable {

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int exitCode = run(args, out, System.err);
        out.flush();
        System.exit(exitCode);
    }

    /** Parses and runs one command line; never exits and never throws. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        try {
            CommandLine commandLine = new CommandLine(new Main());
            commandLine.setOut(outWriter);
            commandLine.setErr(errWriter);
            commandLine.setCaseInsensitiveEnumValuesAllowed(true);
            commandLine.setParameterExceptionHandler(ErrorHandling::handleParameterException);
            commandLine.setExecutionExceptionHandler(ErrorHandling::handleExecutionException);
            return commandLine.execute(args);
        } catch (RuntimeException | Error e) {
            // Only reachable through a bug in the handlers above; still no stack trace unless asked for.
            errWriter.println("careroute: unexpected error: " + ErrorHandling.describe(e));
            errWriter.println(ErrorHandling.DEBUG_HINT);
            return ExitCodes.BAD_INPUT;
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing command: use one of solve, validate, verify, explain, report, export, import, generate, matrix,"
                        + " bench, recommend, serve.");
    }
}
