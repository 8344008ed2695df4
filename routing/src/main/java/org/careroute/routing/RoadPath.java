package org.careroute.routing;

import java.util.List;

import org.careroute.core.api.model.GeoLocation;

/**
 * The road geometry of one route: the polyline from the snapped start to the snapped end, with GraphHopper's time
 * and distance of that route.
 */
public record RoadPath(List<GeoLocation> points, long millis, double meters) {

    public RoadPath {
        points = List.copyOf(points);
    }
}
