package org.careroute.datasets.sample;

/**
 * A place clients live in: a district of Karlstad or a locality around it.
 *
 * @param lat
 *            approximate centre, WGS84 degrees
 * @param lon
 *            approximate centre, WGS84 degrees
 * @param radiusKm
 *            clients are scattered uniformly within this distance of the centre
 * @param weight
 *            relative number of clients (roughly the share of elderly inhabitants)
 * @param core
 *            part of the default sample; the others are added for large problems
 */
record Locality(String name, String municipality, double lat, double lon, double radiusKm, int weight,
        boolean core) {
}
