package org.careroute.datasets.uhhc;

import java.util.List;

/** {@code GeneratorInformation} of generated instances (with its patient and caregiver configuration). */
public record UhhcGeneratorInfo(String city, double radius, long patients, long departingPoints, Long arrivalPoints,
        String arrivalPointType, List<Double> syncRates, double incompatibility, List<Long> serviceClasses,
        double optionalRate, double doubleTimeWindowRate, double preferredCaregiverRate,
        boolean noIntersectAdministrative, PatientConfig patientConfig, CaregiverConfig caregiverConfig,
        long randomSeed) {

    public UhhcGeneratorInfo {
        syncRates = List.copyOf(syncRates);
        serviceClasses = List.copyOf(serviceClasses);
    }

    /** {@code PatientGeneratorInformation}. */
    public record PatientConfig(List<Long> timeWindows, List<Long> treatmentDurations,
            List<Double> treatmentDurationBiases, List<Long> sequentialDistances, long timeWindowGranularity) {
    }

    /** {@code CaregiverGeneratorInformation}. */
    public record CaregiverConfig(List<Long> shiftDurations, long shiftGranularity) {
    }
}
