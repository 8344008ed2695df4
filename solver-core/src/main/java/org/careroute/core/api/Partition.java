package org.careroute.core.api;

import java.util.List;

/**
 * One independent part of a problem in partitioned solving: the caregivers who start from one base and the visits
 * nearest to it that they can do.
 *
 * @param name
 *            the base, as {@code lat,lon} (or {@code x,y}) of the caregivers' start location
 * @param caregiverIds
 *            the caregivers of the partition, in problem order
 * @param visitIds
 *            the visits of the partition, in problem order
 */
public record Partition(String name, List<String> caregiverIds, List<String> visitIds) {

    public Partition {
        caregiverIds = List.copyOf(caregiverIds);
        visitIds = List.copyOf(visitIds);
    }
}
