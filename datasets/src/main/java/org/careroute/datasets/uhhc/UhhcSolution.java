package org.careroute.datasets.uhhc;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Solution}: the caregiver routes, the cost components the solver claims and (in the published
 * simulated-annealing files) its cost.
 *
 * @param instance
 *            the instance name; null when absent
 * @param costComponents
 *            claimed component values (aliases {@code preferences}, {@code unscheduled} resolved)
 * @param cost
 *            the published {@code cost} block; null when absent (CP-SAT files)
 * @param globalOrdering
 *            the published patient ordering; null when absent
 */
public record UhhcSolution(String instance, List<UhhcRoute> routes, Map<UhhcComponent, Long> costComponents,
        PublishedCost cost, List<String> globalOrdering) {

    public UhhcSolution {
        routes = List.copyOf(routes);
        EnumMap<UhhcComponent, Long> copy = new EnumMap<>(UhhcComponent.class);
        copy.putAll(costComponents == null ? Map.of() : costComponents);
        costComponents = java.util.Collections.unmodifiableMap(copy);
        globalOrdering = globalOrdering == null ? null : List.copyOf(globalOrdering);
    }

    /** The {@code cost} block of published solutions. */
    public record PublishedCost(double objective, Long violations) {
    }
}
