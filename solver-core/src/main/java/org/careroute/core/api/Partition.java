package org.careroute.core.api;

import java.util.List;

/**
 * One independent part of a problem in partitioned solving: the caregivers of one base, team or day and the visits
 * given to them.
 *
 * @param name
 *            the base as {@code lat,lon} (or {@code x,y}) of the caregivers' start location, the team, or the day
 * @param caregiverIds
 *            the caregivers of the partition, in problem order
 * @param shiftIds
 *            the shifts of those caregivers that belong to the partition, in problem order (all of them unless the
 *            problem is split by day)
 * @param visitIds
 *            the visits of the partition, in problem order
 */
public record Partition(String name, List<String> caregiverIds, List<String> shiftIds, List<String> visitIds) {

    /** Copies the id lists. */
    public Partition {
        caregiverIds = List.copyOf(caregiverIds);
        shiftIds = List.copyOf(shiftIds);
        visitIds = List.copyOf(visitIds);
    }
}
