package org.careroute.datasets.sample;

import java.util.Map;
import java.util.stream.Collectors;

import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Visit;

/** Workload figures of a problem and a plan of it, for tests. */
record SampleStats(long shiftSeconds, long serviceSeconds, long travelSeconds) {

    static SampleStats of(Problem problem, Plan plan) {
        long shift = problem.caregivers().stream().flatMap(c -> c.shifts().stream()).mapToLong(s -> s.end()
                .getEpochSecond() - s.start().getEpochSecond()).sum();
        Map<String, Visit> visits = problem.visits().stream().collect(Collectors.toMap(Visit::id, v -> v));
        long service = plan.shifts().stream().flatMap(s -> s.visits().stream()).mapToLong(p -> visits.get(p
                .visitId()).duration().toSeconds()).sum();
        return new SampleStats(shift, service, plan.summary().totalTravelSeconds());
    }

    /** Share of the shifts spent at clients or driving. */
    double utilisation() {
        return (serviceSeconds + travelSeconds) / (double) shiftSeconds;
    }
}
