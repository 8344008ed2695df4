package org.careroute.datasets.uhhc;

/**
 * {@code Synchronization} of a patient's two services.
 *
 * @param minDistance
 *            for {@code sequential}: the second service starts at least this long after the first (0 otherwise)
 * @param maxDistance
 *            for {@code sequential}: and at most this long after it (0 otherwise)
 */
public record UhhcSynchronization(Type type, boolean hasDistance, long minDistance, long maxDistance) {

    public enum Type {
        INDEPENDENT("independent"), SIMULTANEOUS("simultaneous"), SEQUENTIAL("sequential");

        private final String json;

        Type(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }

        static Type of(String text) {
            for (Type type : values()) {
                if (type.json.equals(text)) {
                    return type;
                }
            }
            return null;
        }
    }
}
