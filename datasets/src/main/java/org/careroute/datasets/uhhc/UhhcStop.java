package org.careroute.datasets.uhhc;

/**
 * One stop of a {@link UhhcRoutePlan}: a service at a patient, or a lunch break, with its times in the instance's
 * units.
 *
 * @param patient
 *            the patient served; for a lunch break the patient at whose home it is taken (see {@link UhhcPlans}), or
 *            the caregiver's departing point when it is taken there (a route of one lunch stop only)
 * @param service
 *            the service id, or {@link UhhcLocation#LUNCH_BREAK}
 * @param arrival
 *            when the caregiver arrives; null to let the validator derive it (previous end plus travel)
 */
public record UhhcStop(String patient, String service, Double arrival, double start, double end) {

    public UhhcStop {
        if (!(end > start)) {
            throw new IllegalArgumentException("Stop " + service + " at " + patient + " must end (" + end
                    + ") after it starts (" + start + ").");
        }
        if (arrival != null && arrival > start) {
            throw new IllegalArgumentException("Stop " + service + " at " + patient + " starts (" + start
                    + ") before the arrival (" + arrival + ").");
        }
    }

    public static UhhcStop service(String patient, String service, double start, double end) {
        return new UhhcStop(patient, service, null, start, end);
    }

    public static UhhcStop lunchBreak(String where, double start, double end) {
        return new UhhcStop(where, UhhcLocation.LUNCH_BREAK, null, start, end);
    }
}
