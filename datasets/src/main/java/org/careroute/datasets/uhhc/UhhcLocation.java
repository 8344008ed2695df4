package org.careroute.datasets.uhhc;

/** One entry of a caregiver route: a depot departure, a visit (or lunch break), a depot arrival. */
public sealed interface UhhcLocation {

    /** The service name that marks a lunch break in a route. */
    String LUNCH_BREAK = "lunch_break";

    /** {@code DepotDeparture}. */
    record DepotDeparture(double departingTime, String depot) implements UhhcLocation {
    }

    /** {@code DepotArrival}. */
    record DepotArrival(double arrivalTime, String depot) implements UhhcLocation {
    }

    /**
     * {@code PatientVisit}: a service (or {@code lunch_break}) at a patient. The files write the start as {@code
     * start_service_time}, {@code arrival_time} or {@code start_time} and the end as {@code end_service_time},
     * {@code departure_time} or {@code end_time}.
     *
     * @param arrivalAtPatient
     *            when the caregiver arrives; null when not given (the validator derives it)
     */
    record PatientVisit(double startServiceTime, double endServiceTime, String patient, String service,
            Double arrivalAtPatient) implements UhhcLocation {

        public boolean isLunchBreak() {
            return LUNCH_BREAK.equals(service);
        }
    }
}
