package org.careroute.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.careroute.core.api.model.Problem;
import org.careroute.datasets.vrptw.VrptwInstance;
import org.careroute.datasets.vrptw.VrptwProblems;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code careroute import solomon FILE -o PROBLEM}: a Solomon or Gehring–Homberger VRPTW file to careroute JSON. */
@Command(name = "solomon", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = {
        "Converts a Solomon or Gehring-Homberger VRPTW instance (the same text format) into a careroute problem.",
        "Coordinates, times and service durations are multiplied by 1000 and every leg is rounded up, so a plan"
                + " feasible in careroute is feasible on the original data. Vehicles become identical caregivers with"
                + " the capacity and the depot window as their shift; customers become optional visits of priority"
                + " 1; the objective is total distance (travel-distance 1, travel-time 0, waiting-time 0)."}, footer = {
                        "", "Exit codes: 0 converted, 2 bad input or usage (nothing written)."})
final class ImportSolomonCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE", description = "The instance, e.g. solomon/C101.txt.")
    private Path instanceFile;

    @Option(names = {"-o",
            "--output"}, required = true, paramLabel = "PROBLEM", description = "Where to write the problem (careroute JSON); its directory must exist.")
    private Path outputFile;

    @Override
    public Integer call() {
        Logging.configure(common.verbosity());
        AtomicFile.requireWritable(outputFile, instanceFile);
        VrptwInstance instance = InputFiles.readVrptwInstance(instanceFile);
        Problem problem = VrptwProblems.toProblem(instance);
        Outputs.writeProblem(problem, outputFile);
        spec.commandLine().getOut().println(outputFile + ": " + instance.name() + " (class "
                + instance.instanceClass() + "): " + instance.customers().size() + " visits, "
                + instance.vehicleCount() + " caregivers of capacity " + instance.capacity() + ".");
        return ExitCodes.OK;
    }
}
