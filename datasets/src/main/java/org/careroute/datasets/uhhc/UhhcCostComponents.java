package org.careroute.datasets.uhhc;

import java.util.EnumMap;
import java.util.Map;

/** {@code CostComponents}: the weight of each component the instance uses; absent components are not in the map. */
public record UhhcCostComponents(Map<UhhcComponent, UhhcWeight> weights) {

    public static final UhhcCostComponents NONE = new UhhcCostComponents(Map.of());

    public UhhcCostComponents {
        EnumMap<UhhcComponent, UhhcWeight> copy = new EnumMap<>(UhhcComponent.class);
        copy.putAll(weights);
        weights = java.util.Collections.unmodifiableMap(copy);
    }

    /** The weight, or null when the instance does not use the component. */
    public UhhcWeight weight(UhhcComponent component) {
        return weights.get(component);
    }

    /** {@code get_multiplier_cost}: 0 when absent, 1 for HARD, else the number. */
    public double multiplier(UhhcComponent component) {
        UhhcWeight weight = weights.get(component);
        return weight == null ? 0 : weight.multiplier();
    }

    /** {@code is_component_hard}: HARD, or absent when {@code noneAsHard}. */
    public boolean isHard(UhhcComponent component, boolean noneAsHard) {
        UhhcWeight weight = weights.get(component);
        return weight == null ? noneAsHard : weight.hard();
    }
}
