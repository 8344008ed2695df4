package org.careroute.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.careroute.core.api.InputError;
import org.careroute.core.api.InvalidInputException;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.Location;
import org.careroute.core.api.model.OsmTravel;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.travel.TravelMatrix;
import org.careroute.core.api.travel.UnroutableLocation;
import org.careroute.core.api.travel.UnroutableLocationsException;
import org.careroute.routing.RoadNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code careroute matrix PROBLEM --osm FILE -o MATRIX}: exports the road travel matrix of a problem. */
@Command(name = "matrix", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = {
        "Computes the road travel matrix between the distinct locations of PROBLEM (shift starts and ends first,"
                + " then visits, in order of first appearance) and writes it as JSON: profile, locations,"
                + " durations (seconds) and distances (metres), row = from, column = to."}, footer = {"",
                        "Map data (c) OpenStreetMap contributors, ODbL.",
                        "Exit codes: 0 written, 2 bad input (e.g. a location off the road network)."})
final class MatrixCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private OsmOptions osm;

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "The problem (careroute JSON) whose locations to"
            + " use; needs --osm FILE unless its travel mode is osm.")
    private Path problemFile;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "MATRIX", description = "Where to write the"
            + " matrix (JSON).")
    private Path outputFile;

    @Override
    public Integer call() {
        Logging.configure(common.verbosity());
        AtomicFile.requireWritable(outputFile, problemFile);
        Problem problem = RoadTravel.apply(InputFiles.readProblem(problemFile), problemFile, osm);
        if (!(problem.travel() instanceof OsmTravel travel)) {
            throw new CommandFailure("matrix: give --osm FILE (or a problem with \"travel\": {\"mode\": \"osm\"})"
                    + " to compute road travel times.");
        }
        TransportMode profile = travel.profile() == null ? TransportMode.CAR : travel.profile();
        List<Location> locations = distinctLocations(problem);
        TravelMatrix matrix;
        try (RoadNetwork network = RoadTravel.openNetwork(Path.of(travel.osmFile()), travel.cacheDir() == null
                ? null
                : Path.of(travel.cacheDir()), travel.maxSnapMeters(), Runtime.getRuntime().availableProcessors())) {
            matrix = network.matrix(locations, profile);
        } catch (UnroutableLocationsException e) {
            throw new InvalidInputException(e.locations().stream().map(location -> input(location, locations))
                    .toList());
        } catch (IllegalArgumentException e) {
            throw InputFiles.failure(problemFile, ErrorHandling.describe(e));
        }
        try {
            AtomicFile.write(outputFile, writer -> write(writer, profile, locations, matrix));
        } catch (IOException e) {
            throw new CommandFailure(outputFile + ": cannot write the matrix (" + ErrorHandling.describe(e)
                    + "); nothing was written.");
        }
        spec.commandLine().getOut().println("Matrix of " + locations.size() + " locations (" + profile.jsonName()
                + ") written to " + outputFile);
        return ExitCodes.OK;
    }

    private InputError input(UnroutableLocation location, List<Location> locations) {
        return new InputError(problemFile.toString(), "", "location " + location.index()
                + " " + locations.get(location.index()) + ": " + location.message());
    }

    /** Shift start and end locations, then visit locations, each once, in order of first appearance. */
    static List<Location> distinctLocations(Problem problem) {
        Set<Location> locations = new LinkedHashSet<>();
        for (Caregiver caregiver : problem.caregivers()) {
            for (Shift shift : caregiver.shifts()) {
                locations.add(shift.startLocation());
                if (shift.endLocation() != null) {
                    locations.add(shift.endLocation());
                }
            }
        }
        for (Visit visit : problem.visits()) {
            locations.add(visit.location());
        }
        return new ArrayList<>(locations);
    }

    private static void write(Writer writer, TransportMode profile, List<Location> locations, TravelMatrix matrix)
            throws IOException {
        int n = locations.size();
        writer.write("{\n  \"profile\": \"" + profile.jsonName() + "\",\n");
        writer.write("  \"attribution\": \"Map data (c) OpenStreetMap contributors, ODbL\",\n");
        writer.write("  \"locations\": [");
        for (int i = 0; i < n; i++) {
            GeoLocation geo = (GeoLocation) locations.get(i);
            writer.write((i == 0 ? "\n    " : ",\n    ") + String.format(Locale.ROOT, "{\"lat\": %s, \"lon\": %s}",
                    geo.lat(), geo.lon()));
        }
        writer.write("\n  ],\n  \"durations\": [");
        writeRows(writer, n, (from, to) -> matrix.durationSeconds(from, to));
        writer.write("],\n  \"distances\": [");
        writeRows(writer, n, (from, to) -> matrix.distanceMeters(from, to));
        writer.write("]\n}\n");
    }

    private static void writeRows(Writer writer, int n, Cell cell) throws IOException {
        for (int from = 0; from < n; from++) {
            StringBuilder row = new StringBuilder(from == 0 ? "\n    [" : ",\n    [");
            for (int to = 0; to < n; to++) {
                row.append(to == 0 ? "" : ", ").append(cell.value(from, to));
            }
            writer.write(row.append(']').toString());
        }
        writer.write(n == 0 ? "" : "\n  ");
    }

    @FunctionalInterface
    private interface Cell {
        long value(int from, int to);
    }
}
