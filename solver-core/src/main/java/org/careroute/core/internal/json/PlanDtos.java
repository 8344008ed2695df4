package org.careroute.core.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;

/** The wire form of a plan (format version 1). */
final class PlanDtos {

    private PlanDtos() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"formatVersion", "problemName", "score", "summary", "shifts", "unassignedVisits",
            "changes"})
    record PlanDto(String formatVersion, String problemName, String score, SummaryDto summary,
            List<ShiftPlanDto> shifts, List<UnassignedDto> unassignedVisits, ChangesDto changes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"now", "changeToleranceSeconds", "changedVisits", "visits", "notes", "startedBreaks"})
    record ChangesDto(JsonNode now, long changeToleranceSeconds, int changedVisits, List<VisitChangeDto> visits,
            List<String> notes, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<StartedBreakDto> startedBreaks) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"shiftId", "breakIndex", "start", "end", "visitId"})
    record StartedBreakDto(String shiftId, int breakIndex, JsonNode start, JsonNode end, String visitId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"visitId", "part", "change", "previousShiftId", "previousStart", "shiftId", "start",
            "reason"})
    record VisitChangeDto(String visitId, Integer part, String change, String previousShiftId, JsonNode previousStart,
            String shiftId, JsonNode start, String reason) {
    }

    @JsonPropertyOrder({"hardScore", "mediumScore", "softScore", "feasible", "assignedVisits", "unassignedVisits",
            "totalTravelSeconds", "totalDistanceMeters", "totalWaitingSeconds", "usedShifts"})
    record SummaryDto(long hardScore, long mediumScore, long softScore, boolean feasible, int assignedVisits,
            int unassignedVisits, long totalTravelSeconds, long totalDistanceMeters, long totalWaitingSeconds,
            int usedShifts) {
    }

    @JsonPropertyOrder({"shiftId", "caregiverId", "departure", "returnTime", "travelSeconds", "distanceMeters",
            "returnLeg", "visits", "breaks"})
    record ShiftPlanDto(String shiftId, String caregiverId, JsonNode departure, JsonNode returnTime,
            long travelSeconds, long distanceMeters, LegDto returnLeg, List<PlannedVisitDto> visits,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<BreakDto> breaks) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"breakIndex", "start", "end", "visitId"})
    record BreakDto(int breakIndex, JsonNode start, JsonNode end, String visitId) {
    }

    @JsonPropertyOrder({"seconds", "meters"})
    @JsonSerialize(using = InlineSerializers.Leg.class)
    record LegDto(long seconds, long meters) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"visitId", "part", "arrival", "start", "end", "waitingSeconds", "travel"})
    record PlannedVisitDto(String visitId, JsonNode arrival, JsonNode start, JsonNode end, long waitingSeconds,
            LegDto travel, Integer part) {
    }

    @JsonPropertyOrder({"visitId", "mandatory", "reasons"})
    record UnassignedDto(String visitId, boolean mandatory, List<String> reasons) {
    }
}
