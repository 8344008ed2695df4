package org.careroute.core.internal.travel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.careroute.core.api.model.Location;
import org.careroute.core.api.model.OsmTravel;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.travel.TravelMatrix;
import org.careroute.core.api.travel.TravelMatrixSource;
import org.careroute.core.testutil.TestProblems;
import org.junit.jupiter.api.Test;

/** Road matrices from a source: asked once per profile and shared as one dense matrix by every caregiver. */
class OsmTravelMatricesTest {

    /** Counts requests; travel = 60 s and 1 km per index step. */
    private static final class CountingSource implements TravelMatrixSource {
        final List<TransportMode> requests = new ArrayList<>();

        @Override
        public TravelMatrix matrix(List<Location> locations, TransportMode mode) {
            requests.add(mode);
            int n = locations.size();
            return new TravelMatrix() {
                @Override
                public int size() {
                    return n;
                }

                @Override
                public long durationSeconds(int from, int to) {
                    return 60L * Math.abs(from - to);
                }

                @Override
                public long distanceMeters(int from, int to) {
                    return 1000L * Math.abs(from - to);
                }
            };
        }
    }

    private static Problem osm(Problem problem, TransportMode profile) {
        return new Problem(problem.name(), problem.timeZone(), problem.timeFormat(), new OsmTravel("x.osm.pbf",
                500, null, profile), problem.caregivers(), problem.visits(), problem.constraintWeights());
    }

    @Test
    void profileOverride_oneRequestAndOneSharedDenseMatrix() {
        CountingSource source = new CountingSource();
        Problem problem = osm(TestProblems.random(3, 10, 6), TransportMode.FOOT);

        TravelMatrices matrices = TravelMatrices.build(problem, source);

        assertThat(source.requests).containsExactly(TransportMode.FOOT);
        TravelMatrix car = matrices.forMode(TransportMode.CAR);
        assertThat(car).isInstanceOf(DenseTravelMatrix.class).isSameAs(matrices.forMode(TransportMode.BIKE));
        assertThat(car.durationSeconds(1, 4)).isEqualTo(180);
        assertThat(car.distanceMeters(4, 1)).isEqualTo(3000);
    }

    @Test
    void perCaregiverModes_oneRequestPerModeInUse() {
        CountingSource source = new CountingSource();
        Problem problem = osm(TestProblems.random(3, 10, 6), null);

        TravelMatrices matrices = TravelMatrices.build(problem, source);

        assertThat(source.requests).containsExactlyInAnyOrder(TransportMode.CAR, TransportMode.BIKE);
        assertThat(matrices.forMode(TransportMode.CAR)).isInstanceOf(DenseTravelMatrix.class)
                .isNotSameAs(matrices.forMode(TransportMode.BIKE));
        assertThat(matrices.locationIndex().size()).isEqualTo(matrices.forMode(TransportMode.CAR).size());
    }
}
