package org.careroute.reports;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One row of the schedule CSV: a planned visit (with caregiver, shift, position and times) or an unassigned one
 * (with its reasons). Times as the problem writes them; {@code lat}/{@code lon} empty for non-geographic problems.
 */
@JsonPropertyOrder({"status", "caregiverId", "caregiverName", "shiftId", "position", "visitId", "visitName",
        "clientId", "arrival", "start", "end", "waitingSeconds", "travelSeconds", "travelMeters", "lat", "lon",
        "requiredSkills", "mandatory", "reasons"})
public record ScheduleRow(String status, String caregiverId, String caregiverName, String shiftId, Integer position,
        String visitId, String visitName, String clientId, String arrival, String start, String end,
        Long waitingSeconds, Long travelSeconds, Long travelMeters, Double lat, Double lon, String requiredSkills,
        boolean mandatory, String reasons) {

    public static final String PLANNED = "planned";
    public static final String UNASSIGNED = "unassigned";
}
