package org.careroute.routing;

import org.careroute.core.api.travel.TravelMatrix;

/**
 * Road travel durations (whole seconds) and distances (whole metres) in dense row-major {@code int} arrays; values
 * are GraphHopper's millisecond times and metre distances rounded to the nearest unit.
 */
public final class RoadTravelMatrix implements TravelMatrix {

    private final int size;
    private final int[] seconds;
    private final int[] meters;

    RoadTravelMatrix(int size, int[] seconds, int[] meters) {
        this.size = size;
        this.seconds = seconds;
        this.meters = meters;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long durationSeconds(int from, int to) {
        return seconds[from * size + to];
    }

    @Override
    public long distanceMeters(int from, int to) {
        return meters[from * size + to];
    }
}
