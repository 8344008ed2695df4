package org.careroute.routing;

/** One route between two points as GraphHopper's {@code route()} reports it. */
public record RoadLeg(long millis, double meters) {
}
