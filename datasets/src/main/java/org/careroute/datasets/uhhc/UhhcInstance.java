package org.careroute.datasets.uhhc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Instance}: a UHHC instance as {@link UhhcReader} checked it. Patients and terminal points are ordered by
 * distance-matrix index (as the spec orders them); {@code distances[i][j]} is both the distance and the travel time
 * from matrix index {@code i} to {@code j}.
 *
 * @param lunchBreaks
 *            null when the instance has none
 * @param servicesOrder
 *            null when absent
 */
public record UhhcInstance(UhhcMetadata metadata, double[][] distances, double[][] publicDistances,
        List<UhhcTerminalPoint> terminalPoints, List<UhhcCaregiver> caregivers, List<UhhcPatient> patients,
        List<UhhcService> services, List<String> servicesOrder, UhhcLunchBreaks lunchBreaks) {

    public UhhcInstance {
        terminalPoints = List.copyOf(terminalPoints);
        caregivers = List.copyOf(caregivers);
        patients = List.copyOf(patients);
        services = List.copyOf(services);
        servicesOrder = servicesOrder == null ? null : List.copyOf(servicesOrder);
    }

    /** The instance name of the metadata ({@code A1}, {@code InstanzCPLEX_HCSRP_10_1}...). */
    public String name() {
        return metadata.name();
    }

    public UhhcCostComponents costComponents() {
        return metadata.costComponents();
    }

    /** Caregivers by id, in instance order. */
    public Map<String, UhhcCaregiver> caregiversById() {
        Map<String, UhhcCaregiver> byId = new LinkedHashMap<>();
        caregivers.forEach(caregiver -> byId.put(caregiver.id(), caregiver));
        return byId;
    }

    /** Patients by id, in instance order. */
    public Map<String, UhhcPatient> patientsById() {
        Map<String, UhhcPatient> byId = new LinkedHashMap<>();
        patients.forEach(patient -> byId.put(patient.id(), patient));
        return byId;
    }

    public Map<String, UhhcTerminalPoint> terminalPointsById() {
        Map<String, UhhcTerminalPoint> byId = new LinkedHashMap<>();
        terminalPoints.forEach(point -> byId.put(point.id(), point));
        return byId;
    }

    public double distance(int from, int to) {
        return distances[from][to];
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "UhhcInstance[" + name() + ", " + caregivers.size() + " caregivers, " + patients.size() + " patients]";
    }
}
