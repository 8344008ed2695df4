package org.careroute.server;

import java.util.Objects;
import org.careroute.core.api.model.OsmTravel;
import org.careroute.core.api.travel.TravelMatrixSource;
import org.careroute.reports.RouteGeometry;

/**
 * The road network the service routes with, opened by whoever starts it (e.g. {@code careroute serve --osm FILE}).
 * A problem that asks for road travel gets this network; the file names inside a request are never opened.
 *
 * @param source
 *            the road travel matrices, null without a road network
 * @param travel
 *            the road travel settings (the map file, snapping distance, profile) applied to problems with
 *            {@code "mode": "osm"}, null without a road network
 * @param geometry
 *            how drives are drawn on report maps and in GeoJSON
 */
public record ServerRoads(TravelMatrixSource source, OsmTravel travel, RouteGeometry geometry) {

    /** No road network: problems asking for road travel are refused. */
    public static final ServerRoads NONE = new ServerRoads(null, null, RouteGeometry.STRAIGHT_LINES);

    public ServerRoads {
        Objects.requireNonNull(geometry, "geometry");
        if ((source == null) != (travel == null)) {
            throw new IllegalArgumentException("Give both the road network and its travel settings, or neither.");
        }
    }

    public boolean present() {
        return source != null;
    }
}
