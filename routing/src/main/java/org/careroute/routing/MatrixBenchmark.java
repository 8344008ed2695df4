package org.careroute.routing;

import com.graphhopper.util.shapes.BBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.travel.UnroutableLocationsException;

/**
 * Times the many-to-many matrix against GraphHopper's per-pair {@code route()} on random road points of a network:
 * the matrix once in full, per-pair routing on a sample of pairs, extrapolated to all pairs.
 */
public final class MatrixBenchmark {

    private MatrixBenchmark() {
    }

    /**
     * @param points
     *            number of random locations (each within the snap distance of a road and connected to the others)
     * @param matrixMillis
     *            wall time of the full matrix (best of the timed runs)
     * @param perPairMillis
     *            mean wall time of one {@code route()} call
     * @param sampledPairs
     *            number of pairs routed one by one
     * @param speedup
     *            estimated time of routing all pairs one by one divided by the matrix time
     * @param mismatches
     *            sampled pairs whose matrix entry differs from {@code route()} by more than 1 s or 1 m
     */
    public record Result(int points, String mode, int threads, double matrixMillis, double perPairMillis,
            int sampledPairs, double speedup, int mismatches) {
    }

    public static Result run(RoadNetwork network, TransportMode mode, int points, int sampledPairs, long seed) {
        Random random = new Random(seed);
        List<GeoLocation> locations = connectedPoints(network, mode, points, random);
        // warm up, then take the best of three runs
        network.computeMatrix(locations, mode);
        double best = Double.MAX_VALUE;
        RoadTravelMatrix matrix = null;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            matrix = network.computeMatrix(locations, mode);
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
        }
        int[][] pairs = new int[sampledPairs][];
        for (int k = 0; k < sampledPairs; k++) {
            int from = random.nextInt(points);
            int to = (from + 1 + random.nextInt(points - 1)) % points;
            pairs[k] = new int[]{from, to};
        }
        for (int k = 0; k < Math.min(50, sampledPairs); k++) {
            network.route(locations.get(pairs[k][0]), locations.get(pairs[k][1]), mode);
        }
        int mismatches = 0;
        long start = System.nanoTime();
        List<Optional<RoadLeg>> legs = new ArrayList<>(sampledPairs);
        for (int[] pair : pairs) {
            legs.add(network.route(locations.get(pair[0]), locations.get(pair[1]), mode));
        }
        double perPair = (System.nanoTime() - start) / 1e6 / sampledPairs;
        for (int k = 0; k < sampledPairs; k++) {
            Optional<RoadLeg> leg = legs.get(k);
            int from = pairs[k][0];
            int to = pairs[k][1];
            if (leg.isEmpty() || Math.abs(matrix.durationSeconds(from, to) - leg.get().millis() / 1000.0) > 1.0
                    || Math.abs(matrix.distanceMeters(from, to) - leg.get().meters()) > 1.0) {
                mismatches++;
            }
        }
        double allPairs = perPair * points * (points - 1.0);
        return new Result(points, mode.jsonName(), network.options().threads(), best, perPair, sampledPairs,
                allPairs / best, mismatches);
    }

    /** Random points of the network's bounding box that snap to a road and are connected to each other. */
    public static List<GeoLocation> connectedPoints(RoadNetwork network, TransportMode mode, int count,
            Random random) {
        BBox box = network.bounds();
        List<GeoLocation> points = new ArrayList<>(count);
        for (int attempt = 0; attempt < 10; attempt++) {
            while (points.size() < count) {
                GeoLocation point = new GeoLocation(box.minLat + random.nextDouble() * (box.maxLat - box.minLat),
                        box.minLon + random.nextDouble() * (box.maxLon - box.minLon));
                if (network.snap(point, mode).isPresent()) {
                    points.add(point);
                }
            }
            try {
                network.computeMatrix(points, mode);
                return points;
            } catch (UnroutableLocationsException e) {
                List<GeoLocation> cutOff = new ArrayList<>();
                e.locations().forEach(location -> cutOff.add(points.get(location.index())));
                points.removeAll(cutOff);
            }
        }
        throw new IllegalStateException("Could not find " + count + " connected road points for "
                + mode.jsonName() + " in " + box);
    }
}
