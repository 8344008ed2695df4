package org.careroute.core.internal.travel;

import org.careroute.core.api.travel.TravelMatrix;

/** Turns any {@link TravelMatrix} into the dense primitive form the solver's hot path reads. */
public final class DenseCopy {

    private DenseCopy() {
    }

    public static DenseTravelMatrix of(TravelMatrix matrix) {
        if (matrix instanceof DenseTravelMatrix dense) {
            return dense;
        }
        return DenseTravelMatrix.build(matrix.size(), (from, to, out) -> {
            out[0] = matrix.durationSeconds(from, to);
            out[1] = matrix.distanceMeters(from, to);
        });
    }
}
