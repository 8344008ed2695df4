package org.careroute.core.api.model;

/**
 * Where something happens. Which kind a problem uses follows from its travel mode: {@link GeoLocation} for
 * haversine and road travel, {@link PlaneLocation} for Euclidean benchmark instances and {@link MatrixLocation}
 * for an explicit travel matrix.
 */
public sealed interface Location permits GeoLocation, PlaneLocation, MatrixLocation {
}
