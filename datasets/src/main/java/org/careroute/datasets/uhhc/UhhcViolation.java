package org.careroute.datasets.uhhc;

/**
 * One broken rule of a UHHC solution.
 *
 * @param rejecting
 *            true where the reference validator stops with an assertion (the solution is not a solution at all);
 *            false where it reports the broken rule and goes on (a hard rule of the instance is not kept)
 * @param caregiverId
 *            the caregiver concerned, or null
 * @param patientId
 *            the patient concerned, or null
 */
public record UhhcViolation(Kind kind, boolean rejecting, String caregiverId, String patientId, String message) {

    /** The rules of {@code Solution.check_validity} (and of the route and visit models it relies on). */
    public enum Kind {
        /** A caregiver id the instance does not have. */
        UNKNOWN_CAREGIVER,
        /** A visit to a patient (or a lunch location) the instance does not have. */
        UNKNOWN_PATIENT,
        /** An empty {@code locations} list, or a route the validator cannot complete with depots. */
        MALFORMED_ROUTE,
        /** A visited patient's required service is provided by nobody. */
        SERVICE_NOT_PROVIDED,
        /** A required service is provided by more than one caregiver. */
        SERVICE_PROVIDED_TWICE,
        /** A visit for a service the patient does not require. */
        SERVICE_NOT_REQUIRED,
        /** A visit shorter than the service's duration. */
        SERVICE_TOO_SHORT,
        /** A service starts before the previous one ended plus the travel time (or the depot departure plus it). */
        TRAVEL_TIME_INCONSISTENT,
        /** A service starts before the caregiver arrives. */
        START_BEFORE_ARRIVAL,
        /** The caregiver leaves the depot before the shift starts. */
        DEPARTURE_BEFORE_SHIFT,
        /** Simultaneous or sequential services not provided as two services. */
        SYNCHRONISATION_INCOMPLETE,
        /** Simultaneous services starting at different times. */
        NOT_SIMULTANEOUS,
        /** The second sequential service starts earlier than the minimum distance after the first. */
        SEQUENTIAL_TOO_EARLY,
        /** The second sequential service starts later than the maximum distance after the first. */
        SEQUENTIAL_TOO_LATE,
        /** A service starts before the patient's first time window. */
        SERVICE_BEFORE_WINDOW,
        /** A patient who is not optional is not visited. */
        MANDATORY_PATIENT_UNVISITED,
        /** Not every patient is visited while optional patients are a hard rule. */
        UNVISITED_PATIENTS,
        /** A lunch break that does not fit the instance's lunch-break rules. */
        LUNCH_BREAK_NOT_COMPLIANT,
        /** A caregiver entitled to a lunch break without one (lunch breaks hard). */
        MISSED_LUNCH_BREAK,
        /** A caregiver not entitled to a lunch break with one (lunch breaks hard). */
        UNEXPECTED_LUNCH_BREAK,
        /** A service by a caregiver without the ability (qualification hard). */
        QUALIFICATION,
        /** A service by a caregiver not among the patient's preferred ones (preferences hard). */
        PREFERENCE,
        /** A service by an incompatible caregiver (incompatibilities hard). */
        INCOMPATIBLE_CAREGIVER,
        /** Back at the depot after the shift end (working time hard). */
        SHIFT_END,
        /** A service late for its time window (tardiness hard). */
        TARDINESS
    }
}
