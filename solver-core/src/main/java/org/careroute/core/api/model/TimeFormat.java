package org.careroute.core.api.model;

/**
 * How a problem writes its times. {@link #ISO} uses ISO-8601 date-times with offset and durations such as
 * {@code PT45M}; {@link #NUMBER} uses plain numbers of seconds (benchmark instances in an abstract unit), read
 * as seconds since the epoch.
 */
public enum TimeFormat {
    /** ISO-8601 date-times with offset or zone, and durations such as {@code PT45M}. */
    ISO,
    /** Plain numbers of seconds (seconds since the epoch for times). */
    NUMBER
}
