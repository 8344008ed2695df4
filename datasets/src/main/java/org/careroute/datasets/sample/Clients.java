package org.careroute.datasets.sample;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.careroute.core.api.model.GeoLocation;

/**
 * The clients of the day. A visit either goes to a client who already has visits for the same need (insulin in the
 * morning and the evening, palliative care day and evening...) or to a new client living in a locality drawn by
 * weight, at a random point within the locality's radius.
 */
final class Clients {

    private static final double KM_PER_DEGREE_LAT = 111.2;

    private final Random random;
    private final List<Locality> localities;
    private final int totalWeight;
    private final List<Client> clients = new ArrayList<>();

    Clients(Random random, List<Locality> localities) {
        this.random = random;
        this.localities = List.copyOf(localities);
        this.totalWeight = localities.stream().mapToInt(Locality::weight).sum();
    }

    Assigned assign(VisitType type) {
        boolean join = random.nextDouble() < type.need().joinProbability();
        List<Client> candidates = join ? candidates(type) : List.of();
        Client client = candidates.isEmpty()
                ? newClient(type.need())
                : candidates.get(random.nextInt(candidates
                        .size()));
        client.types().add(type);
        return new Assigned(type, client);
    }

    /** Clients who do not have this visit type yet and have the same need (any client, for rehabilitation). */
    private List<Client> candidates(VisitType type) {
        boolean anyNeed = type.need() == VisitType.Need.REHABILITATION;
        return clients.stream().filter(c -> !c.types().contains(type) && (anyNeed || c.need() == type.need()))
                .toList();
    }

    private Client newClient(VisitType.Need need) {
        Locality locality = drawLocality();
        double distanceKm = locality.radiusKm() * Math.sqrt(random.nextDouble());
        double angle = 2 * Math.PI * random.nextDouble();
        double lat = locality.lat() + distanceKm * Math.cos(angle) / KM_PER_DEGREE_LAT;
        double lon = locality.lon() + distanceKm * Math.sin(angle) / (KM_PER_DEGREE_LAT * Math.cos(Math.toRadians(
                locality.lat())));
        GeoLocation location = new GeoLocation(round5(lat), round5(lon));
        Client client = new Client("client-" + VarmlandSample.pad(clients.size() + 1, 4), locality, location, need,
                EnumSet.noneOf(VisitType.class));
        clients.add(client);
        return client;
    }

    private Locality drawLocality() {
        int pick = random.nextInt(totalWeight);
        for (Locality locality : localities) {
            pick -= locality.weight();
            if (pick < 0) {
                return locality;
            }
        }
        throw new IllegalStateException("unreachable: weights sum to " + totalWeight);
    }

    private static double round5(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }

    record Client(String id, Locality locality, GeoLocation location, VisitType.Need need, Set<VisitType> types) {
    }

    record Assigned(VisitType type, Client client) {
    }
}
