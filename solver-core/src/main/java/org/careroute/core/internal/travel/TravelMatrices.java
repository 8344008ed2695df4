package org.careroute.core.internal.travel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.careroute.core.api.InputError;
import org.careroute.core.api.InvalidInputException;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.EuclideanTravel;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.HaversineTravel;
import org.careroute.core.api.model.Location;
import org.careroute.core.api.model.MatrixLocation;
import org.careroute.core.api.model.MatrixTravel;
import org.careroute.core.api.model.OsmTravel;
import org.careroute.core.api.model.PlaneLocation;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.TransportMode;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.travel.TravelMatrix;
import org.careroute.core.api.travel.TravelMatrixSource;
import org.careroute.core.api.travel.UnroutableLocation;
import org.careroute.core.api.travel.UnroutableLocationsException;

/** Builds the travel matrices of a problem, one per transport mode in use, over its {@link LocationIndex}. */
public final class TravelMatrices {

    private static final String PROBLEM_SOURCE = "problem";

    private final LocationIndex locationIndex;
    private final Map<TransportMode, TravelMatrix> byMode;

    private TravelMatrices(LocationIndex locationIndex, Map<TransportMode, TravelMatrix> byMode) {
        this.locationIndex = locationIndex;
        this.byMode = byMode;
    }

    /** Builds the matrices of a problem whose travel needs no external source (everything but osm). */
    public static TravelMatrices build(Problem problem) {
        return build(problem, null);
    }

    /**
     * Builds the matrices of a problem; {@code source} computes them for osm travel and may be {@code null}
     * otherwise.
     *
     * @throws InvalidInputException
     *             when the source cannot route some locations (each use of such a location is listed with its
     *             JSON pointer)
     */
    public static TravelMatrices build(Problem problem, TravelMatrixSource source) {
        LocationIndex index = LocationIndex.of(problem);
        Set<TransportMode> modes = EnumSet.noneOf(TransportMode.class);
        for (Caregiver caregiver : problem.caregivers()) {
            modes.add(caregiver.transportMode());
        }
        int matrices = problem.travel() instanceof HaversineTravel || problem.travel() instanceof OsmTravel
                ? Math.max(1, modes.size())
                : 1;
        MemoryGuard.check(index.size(), matrices);
        Map<TransportMode, TravelMatrix> byMode = new EnumMap<>(TransportMode.class);
        switch (problem.travel()) {
            case HaversineTravel haversine -> {
                for (TransportMode mode : modes) {
                    byMode.put(mode, haversine(index, haversine, mode));
                }
            }
            case EuclideanTravel euclidean -> {
                TravelMatrix matrix = euclidean(index, euclidean);
                for (TransportMode mode : modes) {
                    byMode.put(mode, matrix);
                }
            }
            case MatrixTravel explicit -> {
                TravelMatrix matrix = explicit(index, explicit);
                for (TransportMode mode : modes) {
                    byMode.put(mode, matrix);
                }
            }
            case OsmTravel osm -> byMode.putAll(roads(problem, index, osm, modes, source));
        }
        return new TravelMatrices(index, byMode);
    }

    public LocationIndex locationIndex() {
        return locationIndex;
    }

    public TravelMatrix forMode(TransportMode mode) {
        TravelMatrix matrix = byMode.get(mode);
        if (matrix == null) {
            throw new IllegalArgumentException("No travel matrix for transport mode " + mode.jsonName() + ".");
        }
        return matrix;
    }

    private static Map<TransportMode, TravelMatrix> roads(Problem problem, LocationIndex index, OsmTravel osm,
            Set<TransportMode> modes, TravelMatrixSource source) {
        if (source == null) {
            throw new IllegalArgumentException("Travel mode osm needs a road network: create the planner with "
                    + "Planner.create(source) and a source from the careroute routing module, or run the CLI with"
                    + " --osm " + osm.osmFile() + ".");
        }
        Map<TransportMode, TravelMatrix> byProfile = new EnumMap<>(TransportMode.class);
        Map<TransportMode, TravelMatrix> byMode = new EnumMap<>(TransportMode.class);
        List<InputError> errors = new ArrayList<>();
        for (TransportMode mode : modes) {
            TransportMode profile = osm.profileFor(mode);
            if (!byProfile.containsKey(profile)) {
                try {
                    TravelMatrix matrix = source.matrix(index.locations(), profile);
                    if (matrix.size() != index.size()) {
                        throw new IllegalStateException("The travel matrix source returned " + matrix.size()
                                + " locations for " + index.size() + ".");
                    }
                    // one dense copy per profile, shared by every caregiver using it (the solver's lookups
                    // need the DenseTravelMatrix; copying per caregiver would multiply the memory)
                    byProfile.put(profile, DenseCopy.of(matrix));
                } catch (UnroutableLocationsException e) {
                    errors.addAll(inputErrors(problem, index, e));
                    byProfile.put(profile, null);
                }
            }
            byMode.put(mode, byProfile.get(profile));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return byMode;
    }

    /** One error per use of each unroutable location, pointing at the shift or visit that uses it. */
    private static List<InputError> inputErrors(Problem problem, LocationIndex index,
            UnroutableLocationsException error) {
        Map<Integer, List<String[]>> uses = new HashMap<>();
        for (int c = 0; c < problem.caregivers().size(); c++) {
            Caregiver caregiver = problem.caregivers().get(c);
            for (int s = 0; s < caregiver.shifts().size(); s++) {
                Shift shift = caregiver.shifts().get(s);
                String pointer = "/caregivers/" + c + "/shifts/" + s;
                uses.computeIfAbsent(index.indexOf(shift.startLocation()), k -> new ArrayList<>()).add(
                        new String[]{pointer + "/startLocation", "Start of shift '" + shift.id() + "' of caregiver '"
                                + caregiver.id() + "'"});
                if (shift.endLocation() != null) {
                    uses.computeIfAbsent(index.indexOf(shift.endLocation()), k -> new ArrayList<>()).add(
                            new String[]{pointer + "/endLocation", "End of shift '" + shift.id()
                                    + "' of caregiver '" + caregiver.id() + "'"});
                }
            }
        }
        for (int v = 0; v < problem.visits().size(); v++) {
            Visit visit = problem.visits().get(v);
            uses.computeIfAbsent(index.indexOf(visit.location()), k -> new ArrayList<>()).add(
                    new String[]{"/visits/" + v + "/location", "Visit '" + visit.id() + "'"});
        }
        List<InputError> errors = new ArrayList<>();
        for (UnroutableLocation location : error.locations()) {
            for (String[] use : uses.getOrDefault(location.index(), List.of())) {
                errors.add(new InputError(PROBLEM_SOURCE, use[0], use[1] + ": " + location.message()));
            }
        }
        return errors;
    }

    /** Haversine distance in metres between two points ({@link GeoLocation#distanceMeters(GeoLocation)}). */
    public static double haversineMeters(GeoLocation a, GeoLocation b) {
        return a.distanceMeters(b);
    }

    /** Haversine distance in metres between two points given in degrees ({@link GeoLocation#distanceMeters}). */
    public static double haversineMeters(double latA, double lonA, double latB, double lonB) {
        return GeoLocation.distanceMeters(latA, lonA, latB, lonB);
    }

    /** Whole seconds (rounded up) to drive {@code meters} at {@code metersPerSecond}: the haversine matrix's entry. */
    public static long drivingSeconds(double meters, double metersPerSecond) {
        return (long) Math.ceil(meters / metersPerSecond);
    }

    private static TravelMatrix haversine(LocationIndex index, HaversineTravel travel, TransportMode mode) {
        int n = index.size();
        double[] lat = new double[n];
        double[] lon = new double[n];
        for (int i = 0; i < n; i++) {
            GeoLocation geo = requireKind(index.locations().get(i), GeoLocation.class, "haversine");
            lat[i] = geo.lat();
            lon[i] = geo.lon();
        }
        double metersPerSecond = travel.speedKmh(mode) / 3.6;
        double detour = travel.detourFactor();
        return DenseTravelMatrix.build(n, (from, to, out) -> {
            double meters = detour * haversineMeters(lat[from], lon[from], lat[to], lon[to]);
            out[0] = drivingSeconds(meters, metersPerSecond);
            out[1] = Math.round(meters);
        });
    }

    private static TravelMatrix euclidean(LocationIndex index, EuclideanTravel travel) {
        int n = index.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            PlaneLocation plane = requireKind(index.locations().get(i), PlaneLocation.class, "euclidean");
            x[i] = plane.x();
            y[i] = plane.y();
        }
        double speed = travel.speed();
        double scale = travel.distanceScale();
        return DenseTravelMatrix.build(n, (from, to, out) -> {
            double dx = x[from] - x[to];
            double dy = y[from] - y[to];
            double distance = Math.sqrt(dx * dx + dy * dy);
            out[0] = (long) Math.ceil(distance / speed);
            out[1] = (long) Math.ceil(distance * scale);
        });
    }

    private static TravelMatrix explicit(LocationIndex index, MatrixTravel travel) {
        int n = index.size();
        int[] matrixIndex = new int[n];
        for (int i = 0; i < n; i++) {
            MatrixLocation location = requireKind(index.locations().get(i), MatrixLocation.class, "matrix");
            if (location.index() >= travel.size()) {
                throw new IllegalArgumentException("Matrix index (" + location.index()
                        + ") is outside the travel matrix of size " + travel.size() + ".");
            }
            matrixIndex[i] = location.index();
        }
        return DenseTravelMatrix.build(n, (from, to, out) -> {
            out[0] = travel.durationsSeconds()[matrixIndex[from]][matrixIndex[to]];
            out[1] = travel.distancesMeters()[matrixIndex[from]][matrixIndex[to]];
        });
    }

    private static <T extends Location> T requireKind(Location location, Class<T> kind, String mode) {
        if (!kind.isInstance(location)) {
            throw new IllegalArgumentException("Travel mode " + mode + " needs " + kind.getSimpleName()
                    + " locations, but got " + location + ".");
        }
        return kind.cast(location);
    }
}
