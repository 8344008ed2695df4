package org.careroute.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.Leg;
import org.careroute.core.api.model.Location;
import org.careroute.core.api.model.OsmTravel;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.model.UnassignedVisit;
import org.careroute.core.api.model.Visit;
import org.careroute.routing.RoadNetwork;
import org.careroute.routing.RoadPath;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code careroute geojson PROBLEM SOLUTION -o MAP.geojson}: the plan on a map. */
@Command(name = "geojson", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = {
        "Writes the plan in SOLUTION as GeoJSON (RFC 7946) for maps: a point per visit (assigned or not) and per"
                + " shift start, and a line per leg of each route. With road travel (--osm FILE or travel mode"
                + " osm) the lines follow the roads; otherwise they are straight."}, footer = {"",
                        "Exit codes: 0 written, 2 bad input."})
final class GeoJsonCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private OsmOptions osm;

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "The problem (careroute JSON).")
    private Path problemFile;

    @Parameters(index = "1", paramLabel = "SOLUTION", description = "The plan, as written by solve.")
    private Path solutionFile;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "MAP", description = "Where to write the"
            + " GeoJSON.")
    private Path outputFile;

    private final Map<String, Visit> visits = new HashMap<>();
    private final Map<String, Shift> shifts = new HashMap<>();
    private final Map<String, Caregiver> caregiverByShift = new HashMap<>();
    private Problem problem;

    @Override
    public Integer call() {
        Logging.configure(common.verbosity());
        AtomicFile.requireWritable(outputFile, problemFile);
        Problem problem = RoadTravel.apply(InputFiles.readProblem(problemFile), problemFile, osm);
        Plan plan = InputFiles.readPlan(solutionFile);
        this.problem = problem;
        index(problem);
        OsmTravel roads = problem.travel() instanceof OsmTravel travel ? travel : null;
        ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
        if (roads != null) {
            collection.put("attribution", "Map data (c) OpenStreetMap contributors, ODbL");
        }
        ArrayNode features = collection.putArray("features");
        try (RoadNetwork network = roads == null
                ? null
                : RoadTravel.openNetwork(Path.of(roads.osmFile()), roads.cacheDir() == null
                        ? null
                        : Path.of(roads.cacheDir()), roads.maxSnapMeters(),
                        Runtime.getRuntime()
                                .availableProcessors())) {
            for (ShiftPlan shiftPlan : plan.shifts()) {
                addRoute(shiftPlan, roads, network, features);
            }
        }
        for (UnassignedVisit unassigned : plan.unassignedVisits()) {
            Visit visit = visit(unassigned.visitId());
            ObjectNode properties = point(features, visit.location()).put("kind", "visit").put("visitId", visit
                    .id()).put("assigned", false);
            properties.put("reasons", String.join("; ", unassigned.reasons()));
        }
        try {
            String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(collection);
            AtomicFile.write(outputFile, writer -> writer.write(text + System.lineSeparator()));
        } catch (IOException e) {
            throw new CommandFailure(outputFile + ": cannot write the map (" + ErrorHandling.describe(e)
                    + "); nothing was written.");
        }
        spec.commandLine().getOut().println("Map of " + plan.shifts().size() + " routes written to " + outputFile);
        return ExitCodes.OK;
    }

    private void index(Problem problem) {
        problem.visits().forEach(visit -> visits.put(visit.id(), visit));
        for (Caregiver caregiver : problem.caregivers()) {
            for (Shift shift : caregiver.shifts()) {
                shifts.put(shift.id(), shift);
                caregiverByShift.put(shift.id(), caregiver);
            }
        }
    }

    private void addRoute(ShiftPlan shiftPlan, OsmTravel roads, RoadNetwork network, ArrayNode features) {
        Shift shift = shifts.get(shiftPlan.shiftId());
        if (shift == null) {
            throw new CommandFailure(solutionFile + ": the plan names shift " + shiftPlan.shiftId()
                    + ", which is not in " + problemFile + "; was the plan made for another problem?");
        }
        Caregiver caregiver = caregiverByShift.get(shift.id());
        TransportMode profile = roads == null
                ? caregiver.transportMode()
                : roads.profileFor(caregiver
                        .transportMode());
        point(features, shift.startLocation()).put("kind", "shiftStart").put("shiftId", shift.id()).put(
                "caregiverId", caregiver.id());
        Location previous = shift.startLocation();
        String previousName = "start of " + shift.id();
        int position = 0;
        for (PlannedVisit planned : shiftPlan.visits()) {
            Visit visit = visit(planned.visitId());
            position++;
            point(features, visit.location()).put("kind", "visit").put("visitId", visit.id()).put("assigned", true)
                    .put("shiftId", shift.id()).put("caregiverId", caregiver.id()).put("position", position).put(
                            "start", time(planned.start()));
            addLeg(features, network, profile, previous, visit.location(), planned.travelFromPrevious())
                    .put("shiftId", shift.id()).put("caregiverId", caregiver.id()).put("from", previousName).put(
                            "to", visit.id());
            previous = visit.location();
            previousName = visit.id();
        }
        if (!shift.hasOpenEnd() && !shiftPlan.visits().isEmpty()) {
            addLeg(features, network, profile, previous, shift.endLocation(), shiftPlan.returnLeg()).put("shiftId",
                    shift.id()).put("caregiverId", caregiver.id()).put("from", previousName).put("to", "end of "
                            + shift.id());
        }
    }

    /** A time as the problem writes it: ISO-8601 with the problem's offset, or a number of seconds. */
    private String time(Instant instant) {
        if (problem.timeFormat() == TimeFormat.NUMBER) {
            return Long.toString(instant.getEpochSecond());
        }
        return instant.atZone(problem.timeZone()).toOffsetDateTime().toString();
    }

    private Visit visit(String id) {
        Visit visit = visits.get(id);
        if (visit == null) {
            throw new CommandFailure(solutionFile + ": the plan names visit " + id + ", which is not in "
                    + problemFile + "; was the plan made for another problem?");
        }
        return visit;
    }

    private ObjectNode addLeg(ArrayNode features, RoadNetwork network, TransportMode profile, Location from,
            Location to, Leg leg) {
        GeoLocation a = geo(from);
        GeoLocation b = geo(to);
        Optional<RoadPath> road = network == null || a.equals(b) ? Optional.empty() : network.path(a, b, profile);
        List<GeoLocation> line = road.map(RoadPath::points).orElse(List.of(a, b));
        ObjectNode feature = features.addObject().put("type", "Feature");
        ObjectNode geometry = feature.putObject("geometry").put("type", "LineString");
        ArrayNode coordinates = geometry.putArray("coordinates");
        line.forEach(point -> coordinates.addArray().add(point.lon()).add(point.lat()));
        ObjectNode properties = feature.putObject("properties").put("kind", "leg").put("geometry", road.isPresent()
                ? "road"
                : "straight");
        if (leg != null) {
            properties.put("seconds", leg.seconds()).put("meters", leg.meters());
        }
        return properties;
    }

    private static ObjectNode point(ArrayNode features, Location location) {
        GeoLocation geo = geo(location);
        ObjectNode feature = features.addObject().put("type", "Feature");
        feature.putObject("geometry").put("type", "Point").putArray("coordinates").add(geo.lon()).add(geo.lat());
        return feature.putObject("properties");
    }

    private static GeoLocation geo(Location location) {
        if (location instanceof GeoLocation geo) {
            return geo;
        }
        throw new CommandFailure("geojson: the problem's locations are not {lat, lon} (" + location
                + "); maps need haversine or osm travel.");
    }
}
