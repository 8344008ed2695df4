package org.careroute.routing;

import com.graphhopper.config.CHProfile;
import com.graphhopper.config.Profile;
import com.graphhopper.util.CustomModel;
import com.graphhopper.util.GHUtility;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.careroute.core.api.model.TransportMode;

/**
 * The GraphHopper profiles careroute uses: GraphHopper's built-in {@code car}, {@code bike} and {@code foot} custom
 * models with {@code distance_influence = 0}, so routes minimise travel time (weighted by the model's priority for
 * bike and foot). No turn costs: the contraction hierarchies are node-based.
 */
final class RoadProfiles {

    private RoadProfiles() {
    }

    static String profileName(TransportMode mode) {
        return mode.jsonName();
    }

    static List<Profile> profiles(Set<TransportMode> modes) {
        List<Profile> profiles = new ArrayList<>();
        for (TransportMode mode : TransportMode.values()) {
            if (modes.contains(mode)) {
                CustomModel model = GHUtility.loadCustomModelFromJar(profileName(mode) + ".json");
                model.setDistanceInfluence(0.0);
                profiles.add(new Profile(profileName(mode)).setCustomModel(model));
            }
        }
        return profiles;
    }

    static List<CHProfile> chProfiles(Set<TransportMode> modes) {
        List<CHProfile> profiles = new ArrayList<>();
        for (TransportMode mode : TransportMode.values()) {
            if (modes.contains(mode)) {
                profiles.add(new CHProfile(profileName(mode)));
            }
        }
        return profiles;
    }

    /** The encoded values the custom models of {@code modes} read. */
    static String encodedValues(Set<TransportMode> modes) {
        Set<String> values = new LinkedHashSet<>();
        if (modes.contains(TransportMode.CAR)) {
            values.addAll(List.of("car_access", "car_average_speed", "road_access"));
        }
        if (modes.contains(TransportMode.BIKE)) {
            values.addAll(List.of("bike_access", "bike_priority", "bike_average_speed", "bike_road_access",
                    "roundabout", "mtb_rating", "hike_rating", "country", "road_class"));
        }
        if (modes.contains(TransportMode.FOOT)) {
            values.addAll(List.of("foot_access", "foot_priority", "foot_average_speed", "foot_road_access",
                    "mtb_rating", "hike_rating", "country", "road_class"));
        }
        return String.join(", ", values);
    }
}
