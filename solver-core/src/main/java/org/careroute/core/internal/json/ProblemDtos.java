package org.careroute.core.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;

/** The wire form of a problem (format version 1). Times and durations stay JSON nodes: strings or numbers. */
final class ProblemDtos {

    private ProblemDtos() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"formatVersion", "name", "timeZone", "travel", "caregivers", "visits", "clients",
            "constraintWeights"})
    record ProblemDto(String formatVersion, String name, String timeZone, TravelDto travel,
            List<CaregiverDto> caregivers, List<VisitDto> visits, List<ClientDto> clients,
            Map<String, Long> constraintWeights) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "maxDistinctCaregivers"})
    record ClientDto(String id, Integer maxDistinctCaregivers) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"mode", "detourFactor", "speedsKmh", "speed", "distanceScale", "durations", "distances",
            "osmFile", "maxSnapMeters", "cacheDir", "profile"})
    record TravelDto(String mode, Double detourFactor, Map<String, Double> speedsKmh, Double speed,
            Double distanceScale, @JsonSerialize(contentUsing = InlineSerializers.LongRow.class) long[][] durations,
            @JsonSerialize(contentUsing = InlineSerializers.LongRow.class) long[][] distances, String osmFile,
            Double maxSnapMeters, String cacheDir, String profile) {

        TravelDto(String mode, Double detourFactor, Map<String, Double> speedsKmh, Double speed,
                Double distanceScale, long[][] durations, long[][] distances) {
            this(mode, detourFactor, speedsKmh, speed, distanceScale, durations, distances, null, null, null, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "name", "skills", "transportMode", "capacity", "team", "costPerHour", "costPerKm",
            "maxOvertime", "shifts"})
    record CaregiverDto(String id, String name,
            @JsonSerialize(using = InlineSerializers.Strings.class) List<String> skills, String transportMode,
            Long capacity, List<ShiftDto> shifts, String team, Double costPerHour, Double costPerKm,
            JsonNode maxOvertime) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "start", "end", "startLocation", "endLocation", "openEnd", "breaks", "maxWorkingTime",
            "continuousWork"})
    record ShiftDto(String id, JsonNode start, JsonNode end, LocationDto startLocation, LocationDto endLocation,
            Boolean openEnd, List<BreakDto> breaks, JsonNode maxWorkingTime, ContinuousWorkDto continuousWork) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"duration", "earliestStart", "latestEnd", "missable"})
    record BreakDto(JsonNode duration, JsonNode earliestStart, JsonNode latestEnd, Boolean missable) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"maxWork", "rest", "firstPart", "waitingCountsAsRest"})
    record ContinuousWorkDto(JsonNode maxWork, JsonNode rest, JsonNode firstPart, Boolean waitingCountsAsRest) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"lat", "lon", "x", "y", "index"})
    @JsonSerialize(using = InlineSerializers.Location.class)
    record LocationDto(Double lat, Double lon, Double x, Double y, Integer index) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "clientId", "name", "location", "duration", "timeWindows", "softWindows",
            "requiredSkills",
            "priority", "mandatory", "value", "demand", "preferredCaregivers", "excludedCaregivers", "preferredWindow",
            "maxDeviation", "parts", "dependencies", "pinnedCaregiverId", "pinnedStart"})
    record VisitDto(String id, String clientId, String name, LocationDto location, JsonNode duration,
            List<TimeWindowDto> timeWindows, Boolean softWindows,
            @JsonSerialize(using = InlineSerializers.Strings.class) List<String> requiredSkills, Integer priority,
            Boolean mandatory, Long value, Long demand, Map<String, Integer> preferredCaregivers,
            @JsonSerialize(using = InlineSerializers.Strings.class) List<String> excludedCaregivers,
            TimeWindowDto preferredWindow, JsonNode maxDeviation, List<VisitPartDto> parts,
            List<VisitDependencyDto> dependencies, String pinnedCaregiverId, JsonNode pinnedStart) {
    }

    /** One caregiver's share of a visit served by several caregivers at once. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"requiredSkills", "pinnedCaregiverId"})
    record VisitPartDto(@JsonSerialize(using = InlineSerializers.Strings.class) List<String> requiredSkills,
            String pinnedCaregiverId) {
    }

    /** The visit starts between {@code minGap} and {@code maxGap} after visit {@code visitId} ends (or starts). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"visitId", "minGap", "maxGap", "from", "bothOrNone"})
    record VisitDependencyDto(String visitId, JsonNode minGap, JsonNode maxGap, String from, Boolean bothOrNone) {
    }

    @JsonPropertyOrder({"start", "end"})
    record TimeWindowDto(JsonNode start, JsonNode end) {
    }
}
