package org.careroute.datasets.uhhc;

import java.util.List;
import java.util.Map;

import org.careroute.datasets.uhhc.UhhcLocation.DepotArrival;
import org.careroute.datasets.uhhc.UhhcLocation.DepotDeparture;
import org.careroute.datasets.uhhc.UhhcLocation.PatientVisit;

/**
 * A route of a UHHC solution as {@link UhhcEvaluator} works on it: completed with depot times, arrivals derived.
 */
final class EvaluatedRoute {
    final String caregiverId;
    final UhhcCaregiver caregiver;
    final boolean hasLocations;
    final boolean givenFull;
    final List<PatientVisit> visits;
    final Double[] arrivals;
    String departureDepot;
    double departureTime;
    String arrivalDepot;
    double arrivalTime;

    EvaluatedRoute(UhhcRoute route, UhhcCaregiver caregiver) {
        this.caregiverId = route.caregiverId();
        this.caregiver = caregiver;
        this.hasLocations = route.locations() != null && !route.locations().isEmpty();
        this.givenFull = route.fullRoute();
        this.visits = route.visits();
        this.arrivals = new Double[visits.size()];
        for (int i = 0; i < visits.size(); i++) {
            arrivals[i] = visits.get(i).arrivalAtPatient();
        }
        if (givenFull) {
            DepotDeparture departure = (DepotDeparture) route.locations().getFirst();
            DepotArrival arrival = (DepotArrival) route.locations().getLast();
            departureDepot = departure.depot();
            departureTime = departure.departingTime();
            arrivalDepot = arrival.depot();
            arrivalTime = arrival.arrivalTime();
        }
    }

    double arrival(int i) {
        return arrivals[i];
    }

    interface ServiceVisitor {
        void visit(EvaluatedRoute route, PatientVisit visit, UhhcPatient patient);
    }

    /** Every service (not a lunch break) of a known patient, route by route. */
    static void forEachService(List<EvaluatedRoute> routes, Map<String, UhhcPatient> patients,
            ServiceVisitor visitor) {
        for (EvaluatedRoute route : routes) {
            for (PatientVisit visit : route.visits) {
                UhhcPatient patient = patients.get(visit.patient());
                if (!visit.isLunchBreak() && patient != null) {
                    visitor.visit(route, visit, patient);
                }
            }
        }
    }
}
