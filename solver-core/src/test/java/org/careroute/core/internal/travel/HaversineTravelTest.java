package org.careroute.core.internal.travel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.HaversineTravel;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.WorkTerms;
import org.careroute.core.api.travel.TravelMatrix;
import org.junit.jupiter.api.Test;

/** {@link HaversineTravel}'s drive between two points is the solver's travel matrix entry, to the second. */
class HaversineTravelTest {

    @Test
    void durationAndDistance_areTheMatrixEntries() {
        HaversineTravel travel = new HaversineTravel(1.37, Map.of(TransportMode.CAR, 41.0));
        List<GeoLocation> points = List.of(new GeoLocation(59.3793, 13.5036), new GeoLocation(60.73, 12.87),
                new GeoLocation(50.37762, 13.15917), new GeoLocation(50.9122, 14.60147), new GeoLocation(59.38,
                        13.5036));
        Instant start = Instant.parse("2027-03-01T06:00:00Z");
        Shift shift = new Shift("s", start, start.plus(Duration.ofHours(8)), points.getFirst(), points.getFirst());
        Caregiver caregiver = new Caregiver("c", "c", Set.of(), TransportMode.CAR, Caregiver.UNLIMITED_CAPACITY, List
                .of(shift), WorkTerms.NONE);
        List<Visit> visits = points.subList(1, points.size()).stream().map(p -> new Visit("v" + p.lat(), null, null,
                p, Duration.ofMinutes(10), List.of(), Set.of(), 1, false, 0)).toList();
        Problem problem = new Problem("p", null, TimeFormat.ISO, travel, List.of(caregiver), visits, Map.of());
        TravelMatrices matrices = TravelMatrices.build(problem);
        TravelMatrix matrix = matrices.forMode(TransportMode.CAR);

        for (GeoLocation a : points) {
            for (GeoLocation b : points) {
                int from = matrices.locationIndex().indexOf(a);
                int to = matrices.locationIndex().indexOf(b);
                assertThat(travel.durationSeconds(a, b, TransportMode.CAR)).isEqualTo(matrix.durationSeconds(from,
                        to));
                assertThat(Math.round(travel.meters(a, b))).isEqualTo(matrix.distanceMeters(from, to));
            }
        }
    }
}
