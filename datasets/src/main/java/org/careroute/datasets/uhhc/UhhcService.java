package org.careroute.datasets.uhhc;

/** {@code Service}: a kind of care; {@code type} defaults to the id. */
public record UhhcService(String id, String type, Integer defaultDuration) {
}
