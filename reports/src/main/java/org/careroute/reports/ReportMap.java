package org.careroute.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.Location;
import org.careroute.core.api.model.PlaneLocation;
import org.careroute.core.api.model.PlannedVisit;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftPlan;
import org.careroute.core.api.model.UnassignedVisit;
import org.careroute.core.api.model.Visit;

/**
 * The report's map as SVG shapes: routes as polylines, visits as dots, unassigned visits as red rings, shift starts
 * as squares. Lat/lon is drawn in an equirectangular projection scaled by the cosine of the middle latitude (true to
 * shape at city and region scale); {@code {x, y}} locations as they are; matrix-only problems have no map.
 */
final class ReportMap {

    static final double WIDTH = 900;
    static final double MAX_HEIGHT = 620;
    private static final double PADDING = 24;
    private static final double METERS_PER_DEGREE = 111_195;

    record Line(String points, String color, String title) {
    }

    record Marker(String x, String y, String color, String title) {
    }

    record ScaleBar(String x1, String x2, String y, String label) {
    }

    record MapModel(String width, String height, List<Line> routes, List<Marker> visits, List<Marker> unassigned,
            List<Marker> starts, boolean geographic, ScaleBar scaleBar) {
    }

    private ReportMap() {
    }

    /** The map, or {@code null} when the problem's locations have no coordinates (matrix travel). */
    static MapModel build(PlanView view, Map<String, String> colors, RouteGeometry geometry) {
        List<Point> all = new ArrayList<>();
        for (Visit visit : view.problem().visits()) {
            Point p = point(visit.location());
            if (p == null) {
                return null;
            }
            all.add(p);
        }
        for (Caregiver caregiver : view.problem().caregivers()) {
            for (Shift shift : caregiver.shifts()) {
                Point start = point(shift.startLocation());
                if (start == null) {
                    return null;
                }
                all.add(start);
                if (shift.endLocation() != null) {
                    all.add(point(shift.endLocation()));
                }
            }
        }
        if (all.isEmpty()) {
            return null;
        }
        boolean geographic = view.problem().visits().stream().allMatch(v -> v.location() instanceof GeoLocation);
        Projection projection = Projection.fit(all, geographic);
        List<Line> routes = new ArrayList<>();
        List<Marker> visits = new ArrayList<>();
        List<Marker> starts = new ArrayList<>();
        for (ShiftPlan route : view.plan().shifts()) {
            if (route.visits().isEmpty()) {
                continue;
            }
            String color = colors.get(route.shiftId());
            Shift shift = view.shift(route.shiftId());
            Caregiver caregiver = view.caregiverOfShift(route.shiftId());
            List<Location> stops = new ArrayList<>();
            stops.add(shift.startLocation());
            for (PlannedVisit planned : route.visits()) {
                Visit visit = view.visit(planned.visitId());
                stops.add(visit.location());
                Point p = projection.apply(point(visit.location()));
                visits.add(new Marker(HtmlReport.num(p.x()), HtmlReport.num(p.y()), color, visit.id() + " – "
                        + caregiver.name() + ", " + view.clock(planned.start())));
            }
            if (shift.endLocation() != null) {
                stops.add(shift.endLocation());
            }
            routes.add(new Line(polyline(projection, stops, geometry, caregiver), color, caregiver.name() + " ("
                    + shift.id() + "): " + route.visits().size() + " visits"));
            Point start = projection.apply(point(shift.startLocation()));
            starts.add(new Marker(HtmlReport.num(start.x() - 5), HtmlReport.num(start.y() - 5), color, "Start of "
                    + caregiver.name() + " (" + shift.id() + ")"));
        }
        List<Marker> unassigned = new ArrayList<>();
        for (UnassignedVisit u : view.plan().unassignedVisits()) {
            Point p = projection.apply(point(view.visit(u.visitId()).location()));
            unassigned.add(new Marker(HtmlReport.num(p.x()), HtmlReport.num(p.y()), "#d62728", u.visitId()
                    + " – unassigned"));
        }
        return new MapModel(HtmlReport.num(WIDTH), HtmlReport.num(projection.height()), routes, visits, unassigned,
                starts, geographic, geographic ? projection.scaleBar() : null);
    }

    private static String polyline(Projection projection, List<Location> stops, RouteGeometry geometry,
            Caregiver caregiver) {
        List<Point> points = new ArrayList<>();
        points.add(point(stops.get(0)));
        for (int i = 1; i < stops.size(); i++) {
            if (stops.get(i - 1) instanceof GeoLocation from && stops.get(i) instanceof GeoLocation to) {
                List<GeoLocation> leg = geometry.leg(from, to, caregiver.transportMode());
                leg.subList(1, leg.size()).forEach(g -> points.add(new Point(g.lon(), g.lat())));
            } else {
                points.add(point(stops.get(i)));
            }
        }
        StringBuilder text = new StringBuilder();
        for (Point p : points) {
            Point q = projection.apply(p);
            text.append(text.isEmpty() ? "" : " ").append(HtmlReport.num(q.x())).append(',').append(HtmlReport.num(q
                    .y()));
        }
        return text.toString();
    }

    /** x = longitude or plane x, y = latitude or plane y (north/up positive). */
    private record Point(double x, double y) {
    }

    private static Point point(Location location) {
        return switch (location) {
            case GeoLocation geo -> new Point(geo.lon(), geo.lat());
            case PlaneLocation plane -> new Point(plane.x(), plane.y());
            default -> null;
        };
    }

    /** Fits the points into the drawing area, keeping the aspect ratio. */
    private record Projection(double minX, double maxY, double xFactor, double scale, double height) {

        static Projection fit(List<Point> points, boolean geographic) {
            double minX = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (Point p : points) {
                minX = Math.min(minX, p.x());
                maxX = Math.max(maxX, p.x());
                minY = Math.min(minY, p.y());
                maxY = Math.max(maxY, p.y());
            }
            double xFactor = geographic ? Math.cos(Math.toRadians((minY + maxY) / 2)) : 1;
            double spanX = Math.max((maxX - minX) * xFactor, 1e-9);
            double spanY = Math.max(maxY - minY, 1e-9);
            double scale = Math.min((WIDTH - 2 * PADDING) / spanX, (MAX_HEIGHT - 2 * PADDING) / spanY);
            double height = spanY * scale + 2 * PADDING;
            return new Projection(minX, maxY, xFactor, scale, Math.max(height, 120));
        }

        Point apply(Point p) {
            return new Point(PADDING + (p.x() - minX) * xFactor * scale, PADDING + (maxY - p.y()) * scale);
        }

        /** A bar of a round length (1, 2 or 5 × 10^k metres) about a fifth of the map wide. */
        ScaleBar scaleBar() {
            double metersPerUnit = METERS_PER_DEGREE / scale;
            double target = WIDTH / 5 * metersPerUnit;
            double magnitude = Math.pow(10, Math.floor(Math.log10(target)));
            double meters = magnitude;
            for (double factor : new double[]{1, 2, 5}) {
                if (factor * magnitude <= target) {
                    meters = factor * magnitude;
                }
            }
            double length = meters / metersPerUnit;
            String label = meters >= 1000
                    ? HtmlReport.num(meters / 1000).replace(".0", "") + " km"
                    : (long) meters
                            + " m";
            return new ScaleBar(HtmlReport.num(PADDING), HtmlReport.num(PADDING + length), HtmlReport.num(height
                    - 10), label);
        }
    }
}
