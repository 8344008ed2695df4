package org.careroute.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code careroute bench jmh [JMH OPTIONS]}: runs the JMH benchmarks of this jar (default: all of them). */
@Command(name = "jmh", description = {"Runs the JMH micro-benchmarks (ScoreCalculationBenchmark).",
        "Every argument goes to JMH, e.g. '-f 1 -wi 2 -i 3' or '-h' for JMH's own help."}, footer = {"",
                "Exit codes: 0 done, 2 bad JMH options or a failed benchmark."})
final class JmhCommand implements Callable<Integer> {

    @Unmatched
    private List<String> jmhArguments = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        CommandLineOptions options = new CommandLineOptions(jmhArguments.toArray(String[]::new));
        if (options.shouldHelp()) {
            options.showHelp();
            return BenchMain.OK;
        }
        if (options.shouldList()) {
            new Runner(options).list();
            return BenchMain.OK;
        }
        new Runner(options).run();
        return BenchMain.OK;
    }
}
