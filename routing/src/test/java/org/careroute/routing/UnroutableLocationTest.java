package org.careroute.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.travel.UnroutableLocation;
import org.careroute.core.api.travel.UnroutableLocationsException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Locations off the road network or cut off from the others are reported with their index and snap distance. */
@Tag("slow")
class UnroutableLocationTest {

    /** Monte Carlo and the port of Monaco, on the road network. */
    private static final GeoLocation CASINO = new GeoLocation(43.7396, 7.4280);
    private static final GeoLocation PORT = new GeoLocation(43.7350, 7.4215);
    /** In the Mediterranean, about 2 km off the coast of Monaco. */
    private static final GeoLocation SEA = new GeoLocation(43.715, 7.440);

    /** Andorra la Vella and Encamp. */
    private static final GeoLocation ANDORRA_LA_VELLA = new GeoLocation(42.5078, 1.5211);
    private static final GeoLocation ENCAMP = new GeoLocation(42.5343, 1.5803);
    /** On a footpath near the southern border that has no walking connection to the rest of the extract. */
    private static final GeoLocation CUT_OFF_FOR_FOOT = new GeoLocation(42.43901081319395, 1.491697052269981);

    @TempDir
    Path cache;

    @Test
    void pointInTheSea_isReportedAsNotSnapped() {
        RoutingOptions options = RoutingOptions.of(SharedOsm.file("monaco.osm.gz"), cache)
                .withModes(EnumSet.of(TransportMode.CAR));
        try (RoadNetwork monaco = RoadNetwork.open(options)) {
            UnroutableLocationsException error = catchThrowableOfType(UnroutableLocationsException.class,
                    () -> monaco.geoMatrix(List.of(CASINO, SEA, PORT), TransportMode.CAR));

            assertThat(error.locations()).singleElement().satisfies(location -> {
                assertThat(location.index()).isEqualTo(1);
                assertThat(location.reason()).isEqualTo(UnroutableLocation.Reason.NOT_SNAPPED);
                assertThat(location.snapDistanceMeters()).isGreaterThan(500.0);
                assertThat(location.message()).contains("500 m").contains("maxSnapMeters");
            });
        }
    }

    @Test
    void largerSnapDistance_snapsThePointInTheSea() {
        RoutingOptions options = RoutingOptions.of(SharedOsm.file("monaco.osm.gz"), cache)
                .withModes(EnumSet.of(TransportMode.CAR)).withMaxSnapMeters(5000);
        try (RoadNetwork monaco = RoadNetwork.open(options)) {
            RoadTravelMatrix matrix = monaco.geoMatrix(List.of(CASINO, SEA, PORT), TransportMode.CAR);

            assertThat(matrix.durationSeconds(0, 1)).isPositive();
            assertThat(matrix.distanceMeters(1, 2)).isPositive();
        }
    }

    @Test
    void cutOffFootpath_isReportedAsUnreachable() {
        RoutingOptions options = RoutingOptions.of(SharedOsm.file("andorra.osm.pbf"), cache)
                .withModes(EnumSet.of(TransportMode.FOOT));
        try (RoadNetwork andorra = RoadNetwork.open(options)) {
            UnroutableLocationsException error = catchThrowableOfType(UnroutableLocationsException.class,
                    () -> andorra.geoMatrix(List.of(ANDORRA_LA_VELLA, CUT_OFF_FOR_FOOT, ENCAMP), TransportMode.FOOT));

            assertThat(error.locations()).singleElement().satisfies(location -> {
                assertThat(location.index()).isEqualTo(1);
                assertThat(location.reason()).isEqualTo(UnroutableLocation.Reason.UNREACHABLE);
                assertThat(location.snapDistanceMeters()).isBetween(0.0, 500.0);
                assertThat(location.message()).contains("foot");
            });
            assertThat(andorra.route(ANDORRA_LA_VELLA, CUT_OFF_FOR_FOOT, TransportMode.FOOT)).isEmpty();
            assertThat(andorra.route(ANDORRA_LA_VELLA, ENCAMP, TransportMode.FOOT)).isPresent();
        }
    }

    @Test
    void modeNotPrepared_isRejectedWithAHint() {
        RoutingOptions options = RoutingOptions.of(SharedOsm.file("monaco.osm.gz"), cache)
                .withModes(EnumSet.of(TransportMode.CAR));
        try (RoadNetwork monaco = RoadNetwork.open(options)) {
            IllegalArgumentException error = catchThrowableOfType(IllegalArgumentException.class,
                    () -> monaco.geoMatrix(List.of(CASINO, PORT), TransportMode.BIKE));

            assertThat(error).hasMessageContaining("bike").hasMessageContaining("car");
        }
    }
}
