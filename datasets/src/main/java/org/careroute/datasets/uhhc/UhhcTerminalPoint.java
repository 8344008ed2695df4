package org.careroute.datasets.uhhc;

/**
 * {@code TerminalPoint}: where caregivers depart from and arrive at.
 *
 * @param location
 *            {@code [x, y]} or {@code [longitude, latitude]} as the file gives it; null when absent
 */
public record UhhcTerminalPoint(String id, int distanceMatrixIndex, Integer publicDistanceMatrixIndex,
        double[] location) {
}
