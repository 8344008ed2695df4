package org.careroute.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.UnassignedVisit;
import org.careroute.core.api.model.Visit;

/**
 * A plan as a GeoJSON (RFC 7946) FeatureCollection: one LineString per used shift (start location, visits, end
 * location; coordinates in {@code [lon, lat]} order), one Point per visit (planned or unassigned, with times or
 * reasons) and one Point per used shift's start location. Every feature has a {@code kind} property: {@code route},
 * {@code visit} or {@code shift-start}. Only problems with lat/lon locations can be exported.
 */
public final class GeoJsonExport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private GeoJsonExport() {
    }

    /**
     * @throws IllegalArgumentException
     *             when the problem's locations are not lat/lon, or the plan names visits or shifts the problem lacks
     */
    public static ObjectNode toGeoJson(Problem problem, Plan plan, RouteGeometry geometry) {
        PlanView view = new PlanView(problem, plan);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("type", "FeatureCollection");
        ArrayNode features = root.putArray("features");
        Map<String, String> reasons = new HashMap<>();
        for (UnassignedVisit unassigned : plan.unassignedVisits()) {
            reasons.put(unassigned.visitId(), String.join("; ", unassigned.reasons()));
        }
        int routeIndex = 0;
        for (ShiftPlan route : plan.shifts()) {
            if (route.visits().isEmpty()) {
                continue;
            }
            String color = Palette.color(routeIndex++);
            Caregiver caregiver = view.caregiverOfShift(route.shiftId());
            Shift shift = view.shift(route.shiftId());
            features.add(routeFeature(view, route, caregiver, shift, color, geometry));
            ObjectNode start = feature(features, point(geo(shift.startLocation(), "shift " + shift.id())));
            ObjectNode props = (ObjectNode) start.get("properties");
            props.put("kind", "shift-start");
            props.put("shiftId", shift.id());
            props.put("caregiverId", caregiver.id());
            props.put("caregiverName", caregiver.name());
            props.put("departure", view.time(route.departure()));
            props.put("color", color);
            for (int i = 0; i < route.visits().size(); i++) {
                PlannedVisit planned = route.visits().get(i);
                ObjectNode visit = visitFeature(features, view, view.visit(planned.visitId()));
                ObjectNode p = (ObjectNode) visit.get("properties");
                p.put("status", "planned");
                p.put("shiftId", shift.id());
                p.put("caregiverId", caregiver.id());
                p.put("caregiverName", caregiver.name());
                p.put("position", i + 1);
                p.put("arrival", view.time(planned.arrival()));
                p.put("start", view.time(planned.start()));
                p.put("end", view.time(planned.end()));
                p.put("color", color);
            }
        }
        for (UnassignedVisit unassigned : plan.unassignedVisits()) {
            ObjectNode visit = visitFeature(features, view, view.visit(unassigned.visitId()));
            ObjectNode p = (ObjectNode) visit.get("properties");
            p.put("status", "unassigned");
            p.put("mandatory", unassigned.mandatory());
            p.put("reasons", reasons.get(unassigned.visitId()));
        }
        return root;
    }

    public static void write(Problem problem, Plan plan, RouteGeometry geometry, Writer out) throws IOException {
        MAPPER.writeValue(out, toGeoJson(problem, plan, geometry));
        out.write('\n');
        out.flush();
    }

    private static ObjectNode routeFeature(PlanView view, ShiftPlan route, Caregiver caregiver, Shift shift,
            String color, RouteGeometry geometry) {
        List<GeoLocation> stops = new ArrayList<>();
        stops.add(geo(shift.startLocation(), "shift " + shift.id()));
        for (PlannedVisit planned : route.visits()) {
            stops.add(geo(view.visit(planned.visitId()).location(), "visit " + planned.visitId()));
        }
        if (!shift.hasOpenEnd()) {
            stops.add(geo(shift.endLocation(), "shift " + shift.id()));
        }
        ArrayNode coordinates = MAPPER.createArrayNode();
        coordinates.add(position(stops.get(0)));
        for (int i = 1; i < stops.size(); i++) {
            List<GeoLocation> leg = geometry.leg(stops.get(i - 1), stops.get(i), caregiver.transportMode());
            for (GeoLocation point : leg.subList(1, leg.size())) {
                coordinates.add(position(point));
            }
        }
        ObjectNode lineString = MAPPER.createObjectNode();
        lineString.put("type", "LineString");
        lineString.set("coordinates", coordinates);
        ObjectNode feature = MAPPER.createObjectNode();
        feature.put("type", "Feature");
        feature.set("geometry", lineString);
        ObjectNode p = feature.putObject("properties");
        p.put("kind", "route");
        p.put("shiftId", shift.id());
        p.put("caregiverId", caregiver.id());
        p.put("caregiverName", caregiver.name());
        p.put("visitCount", route.visits().size());
        p.put("departure", view.time(route.departure()));
        p.put("returnTime", view.time(route.returnTime()));
        p.put("travelSeconds", route.travelSeconds());
        p.put("distanceMeters", route.distanceMeters());
        p.put("color", color);
        return feature;
    }

    private static ObjectNode visitFeature(ArrayNode features, PlanView view, Visit visit) {
        ObjectNode feature = feature(features, point(geo(visit.location(), "visit " + visit.id())));
        ObjectNode p = (ObjectNode) feature.get("properties");
        p.put("kind", "visit");
        p.put("visitId", visit.id());
        p.put("name", visit.name());
        p.put("clientId", visit.clientId());
        p.put("durationMinutes", visit.duration().toSeconds() / 60.0);
        ArrayNode skills = p.putArray("requiredSkills");
        visit.requiredSkills().stream().sorted().forEach(skills::add);
        ArrayNode windows = p.putArray("timeWindows");
        visit.timeWindows().forEach(w -> windows.add(view.time(w.start()) + "/" + view.time(w.end())));
        return feature;
    }

    private static ObjectNode feature(ArrayNode features, ObjectNode geometry) {
        ObjectNode feature = features.addObject();
        feature.put("type", "Feature");
        feature.set("geometry", geometry);
        feature.putObject("properties");
        return feature;
    }

    private static ObjectNode point(GeoLocation location) {
        ObjectNode point = MAPPER.createObjectNode();
        point.put("type", "Point");
        point.set("coordinates", position(location));
        return point;
    }

    private static ArrayNode position(GeoLocation location) {
        ArrayNode position = MAPPER.createArrayNode();
        position.add(location.lon());
        position.add(location.lat());
        return position;
    }

    private static GeoLocation geo(org.careroute.core.api.model.Location location, String what) {
        return PlanView.geo(location).orElseThrow(() -> new IllegalArgumentException("GeoJSON needs lat/lon"
                + " locations, but " + what + " is at " + location + " (this problem uses "
                + "Euclidean or matrix travel); export CSV or iCalendar instead."));
    }
}
