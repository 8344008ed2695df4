package org.careroute.datasets.uhhc;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of {@link UhhcEvaluator}: the broken rules and the cost of a UHHC solution.
 *
 * @param values
 *            every computed component, unweighted ({@code travel_time} is the distance travelled, {@code
 *            working_time} the total workload, {@code optional_patients} the patients not visited...)
 * @param objective
 *            {@code sum(multiplier(weight) * value)} over the instance's cost components, as the spec adds them
 * @param claimMismatches
 *            components whose value claimed in the solution's {@code cost_components} is neither the computed value
 *            nor the weighted one
 */
public record UhhcEvaluation(List<UhhcViolation> violations, Map<UhhcComponent, Double> values,
        Map<UhhcComponent, Double> weighted, double objective, List<String> claimMismatches) {

    public UhhcEvaluation {
        violations = List.copyOf(violations);
        values = Collections.unmodifiableMap(new EnumMap<>(values));
        weighted = Collections.unmodifiableMap(new EnumMap<>(weighted));
        claimMismatches = List.copyOf(claimMismatches);
    }

    /** No rule broken: the reference validator accepts the solution and reports nothing in red. */
    public boolean valid() {
        return violations.isEmpty();
    }

    /** The reference validator would stop with an assertion on this solution. */
    public boolean rejected() {
        return violations.stream().anyMatch(UhhcViolation::rejecting);
    }

    /** The unweighted value of a component (0 for components the spec does not compute). */
    public double value(UhhcComponent component) {
        return values.getOrDefault(component, 0.0);
    }

    public long count(UhhcViolation.Kind kind) {
        return violations.stream().filter(v -> v.kind() == kind).count();
    }
}
