package org.careroute.core.api;

import java.util.List;

import org.careroute.core.api.model.Problem;
import org.careroute.core.internal.validate.ProblemChecks;

/**
 * Semantic checks of a problem that the JSON schema cannot express (duplicate ids, unknown skills, travel mode
 * versus location kinds, matrix indices...). Errors carry the JSON pointer the value has in the JSON format (for
 * skills, the index in the sorted array that {@link org.careroute.core.api.json.CarerouteJson} writes).
 */
public final class ProblemValidator {

    private ProblemValidator() {
    }

    /** Every problem found; empty when the problem is consistent. */
    public static List<InputError> validate(Problem problem, String sourceName) {
        return ProblemChecks.run(problem, sourceName, ProblemChecks.SkillPositions.SORTED);
    }
}
