package org.careroute.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code careroute export PROBLEM SOLUTION --geojson F --csv F --ics DIR}: the plan for other tools. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = {
        "Exports the plan in SOLUTION for other tools: GeoJSON for maps, CSV for spreadsheets, one iCalendar file"
                + " per caregiver for calendar apps. Give at least one of the options."}, footer = {"",
                        "Exit codes: 0 written, 2 bad input or usage."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private PlanFiles files;

    @Option(names = "--geojson", paramLabel = "FILE", description = "Routes and visits as a GeoJSON FeatureCollection"
            + " (needs lat/lon locations).")
    private Path geoJsonFile;

    @Option(names = "--csv", paramLabel = "FILE", description = "The schedule, one row per visit (planned and"
            + " unassigned).")
    private Path csvFile;

    @Option(names = "--ics", paramLabel = "DIR", description = "One CAREGIVER.ics per caregiver with planned visits"
            + " (the directory is created when missing).")
    private Path icsDirectory;

    @Override
    public Integer call() {
        Logging.configure(common.verbosity());
        if (geoJsonFile == null && csvFile == null && icsDirectory == null) {
            throw new ParameterException(spec.commandLine(), "Nothing to export: give --geojson FILE, --csv FILE"
                    + " and/or --ics DIR.");
        }
        for (Path file : new Path[]{geoJsonFile, csvFile}) {
            if (file != null) {
                AtomicFile.requireWritable(file, files.problemFile());
                AtomicFile.requireWritable(file, files.solutionFile());
            }
        }
        if (icsDirectory != null && Files.exists(icsDirectory) && !Files.isDirectory(icsDirectory)) {
            throw new CommandFailure(icsDirectory + ": is a file; --ics needs a directory for the .ics files.");
        }
        Problem problem = files.readProblem();
        Plan plan = files.readPlan();
        PrintWriter out = spec.commandLine().getOut();
        if (geoJsonFile != null) {
            // with road travel the routes follow the roads
            try (RoadTravel roads = RoadTravel.open(problem)) {
                Outputs.writeGeoJson(problem, plan, roads.geometry(), geoJsonFile);
            }
            out.println("GeoJSON written to " + geoJsonFile);
        }
        if (csvFile != null) {
            Outputs.writeCsv(problem, plan, csvFile);
            out.println("CSV written to " + csvFile);
        }
        if (icsDirectory != null) {
            int count = Outputs.writeCalendars(problem, plan, files.solutionFile(), icsDirectory);
            out.println(count + " iCalendar file" + (count == 1 ? "" : "s") + " written to " + icsDirectory);
        }
        return ExitCodes.OK;
    }
}
