package org.careroute.benchmarks;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.careroute.core.api.InvalidInputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code careroute bench ...}: the benchmark tools, in their own jar so that the careroute command line never
 * carries the peer solvers (jsprit, OR-Tools with its native libraries) or JMH. The {@code ./careroute} launcher
 * runs this class for {@code careroute bench}.
 */
@Command(name = "careroute bench", description = "Benchmarks careroute: solution"
        + " quality on public VRPTW instances next to jsprit and OR-Tools, on home-health-care (UHHC) instances against"
        + " their published solutions, scale on generated regions, JMH micro-benchmarks, and SVG charts of the results.", subcommands = {
                VrptwBenchCommand.class, HhcBenchCommand.class, ScaleBenchCommand.class, ChartCommand.class,
                JmhCommand.class}, footer = {
                        "",
                        "Exit codes: 0 every plan verified feasible and complete, 1 some plan was not, 2 bad input or"
                                + " usage."})
public final class BenchMain implements Runnable {

    static final int OK = 0;
    static final int NOT_ALL_FEASIBLE = 1;
    static final int BAD_INPUT = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int exitCode = run(args, out, System.err);
        out.flush();
        System.exit(exitCode);
    }

    /** Parses and runs one command line; never exits. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        try {
            CommandLine commandLine = new CommandLine(new BenchMain());
            commandLine.setOut(outWriter);
            commandLine.setErr(errWriter);
            commandLine.setCaseInsensitiveEnumValuesAllowed(true);
            commandLine.setExecutionExceptionHandler((e, failed, parseResult) -> {
                PrintWriter errors = failed.getErr();
                if (e instanceof InvalidInputException invalid) {
                    invalid.errors().forEach(errors::println);
                } else if (e instanceof IllegalArgumentException || e instanceof java.io.IOException) {
                    errors.println(failed.getCommandSpec().qualifiedName() + ": " + e.getMessage());
                } else {
                    errors.println(failed.getCommandSpec().qualifiedName() + ": unexpected error: " + e);
                    e.printStackTrace(errors);
                }
                return BAD_INPUT;
            });
            commandLine.setParameterExceptionHandler((e, arguments) -> {
                PrintWriter errors = e.getCommandLine().getErr();
                errors.println(e.getCommandLine().getCommandSpec().qualifiedName() + ": " + e.getMessage());
                CommandLine.UnmatchedArgumentException.printSuggestions(e, errors);
                errors.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName()
                        + " --help' for more information.");
                return BAD_INPUT;
            });
            return commandLine.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing command: use vrptw, hhc, scale, chart or jmh.");
    }
}
