package org.careroute.datasets.uhhc;

/** {@code LunchBreakSpec}: a break of at least {@code minDuration} inside {@code [start, end]}. */
public record UhhcLunchBreaks(long start, long end, long minDuration) {
}
