package org.careroute.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.graphhopper.config.Profile;
import com.graphhopper.util.CustomModel;
import com.graphhopper.util.GHUtility;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.careroute.core.api.model.OsmTravel;
import org.careroute.core.api.model.TransportMode;
import org.junit.jupiter.api.Test;

/**
 * GraphHopper custom models (expressions GraphHopper compiles to code) come only from GraphHopper's bundled
 * {@code car}, {@code bike} and {@code foot} models: neither the problem's travel settings nor the routing options
 * can carry one.
 */
class RoadProfilesTest {

    @Test
    void profiles_useOnlyTheBundledModelsWithoutDistanceInfluence() {
        List<Profile> profiles = RoadProfiles.profiles(EnumSet.allOf(TransportMode.class));

        assertThat(profiles).extracting(Profile::getName).containsExactly("car", "bike", "foot");
        for (Profile profile : profiles) {
            CustomModel bundled = GHUtility.loadCustomModelFromJar(profile.getName() + ".json");
            bundled.setDistanceInfluence(0.0);
            assertThat(profile.getCustomModel()).hasToString(bundled.toString());
        }
    }

    @Test
    void neitherTravelSettingsNorRoutingOptions_canCarryACustomModel() {
        for (Class<?> type : List.of(OsmTravel.class, RoutingOptions.class)) {
            assertThat(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)).as(type
                    .getSimpleName()).noneMatch(name -> name.toLowerCase(java.util.Locale.ROOT).contains("model"));
            assertThat(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)).as(type
                    .getSimpleName()).doesNotContain(CustomModel.class);
        }
    }
}
