package org.careroute.reports;

import java.util.List;

import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.TransportMode;

/**
 * The line drawn for one drive on maps (GeoJSON, the HTML report). {@link #STRAIGHT_LINES} joins the two points;
 * road routing can supply the road's shape instead (the seam for the routing module), as long as the line starts at
 * {@code from} and ends at {@code to}.
 */
@FunctionalInterface
public interface RouteGeometry {

    /** A straight line from {@code from} to {@code to}. */
    RouteGeometry STRAIGHT_LINES = (from, to, mode) -> List.of(from, to);

    /** The points of the drive from {@code from} to {@code to}, both included. */
    List<GeoLocation> leg(GeoLocation from, GeoLocation to, TransportMode mode);
}
