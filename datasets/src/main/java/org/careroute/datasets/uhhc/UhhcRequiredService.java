package org.careroute.datasets.uhhc;

/**
 * {@code RequiredService}: a service a patient needs.
 *
 * @param duration
 *            as written in the file (null when absent)
 * @param actualDuration
 *            {@code duration}, or the service's {@code default_duration} when absent
 */
public record UhhcRequiredService(String service, Integer duration, int actualDuration) {
}
