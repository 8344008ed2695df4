package org.careroute.datasets.uhhc;

import java.util.List;
import java.util.Map;

import org.careroute.core.api.model.Problem;

/**
 * A UHHC instance as a careroute {@link Problem}, with what is needed to map a plan back.
 *
 * @param services
 *            careroute visit id to the patient and service it stands for
 * @param unsupported
 *            the features of this instance careroute's model cannot express yet (empty when the problem is
 *            exact), e.g. {@code simultaneous double services (90 patients)}
 */
public record UhhcMapping(UhhcInstance instance, Problem problem, Map<String, ServiceRef> services,
        List<String> unsupported) {

    public UhhcMapping {
        services = Map.copyOf(services);
        unsupported = List.copyOf(unsupported);
    }

    /** A patient's required service. */
    public record ServiceRef(String patient, String service) {
    }

    /** Whether careroute's problem expresses every feature of the instance. */
    public boolean exact() {
        return unsupported.isEmpty();
    }
}
