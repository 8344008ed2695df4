package org.careroute.datasets.uhhc;

import java.util.List;

/**
 * {@code MetaData}.
 *
 * @param timeWindowMet
 *            whether windows constrain the service start ({@code at_service_start}, the default) or its end
 * @param origin
 *            {@code generated}, {@code bazirha}, {@code bazirha-caie}, {@code mankowska}, ...
 */
public record UhhcMetadata(TimeWindowMet timeWindowMet, UhhcCostComponents costComponents, List<Double> area,
        String name, String origin, Long horizon, UhhcGeneratorInfo generatorInfo, Boolean timeWindowServiceLevel) {

    /** The origins the spec knows. */
    public static final List<String> ORIGINS = List.of("generated", "bazirha", "bazirha-caie", "oldies", "kummer",
            "extended", "Italian", "urli", "mankowska", "raidl");

    public enum TimeWindowMet {
        AT_SERVICE_START("at_service_start"), AT_SERVICE_END("at_service_end");

        private final String json;

        TimeWindowMet(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }
    }

    public boolean atServiceEnd() {
        return timeWindowMet == TimeWindowMet.AT_SERVICE_END;
    }

    /** The Bazirha sets, whose caregivers leave the depot at their shift start (not just in time). */
    public boolean departsAtShiftStart() {
        return "bazirha".equals(origin) || "bazirha-caie".equals(origin);
    }
}
