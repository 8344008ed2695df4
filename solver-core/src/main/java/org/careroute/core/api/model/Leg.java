package org.careroute.core.api.model;

/**
 * One drive: its duration in seconds and distance in metres (abstract units for benchmark instances).
 *
 * @param seconds
 *            duration of the drive
 * @param meters
 *            distance driven
 */
public record Leg(long seconds, long meters) {

    public static final Leg NONE = new Leg(0, 0);
}
