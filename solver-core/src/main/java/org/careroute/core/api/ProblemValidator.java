package org.careroute.core.api;

import java.util.List;
import org.careroute.core.api.model.OsmTravel;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.travel.TravelMatrixSource;
import org.careroute.core.internal.travel.TravelMatrices;
import org.careroute.core.internal.validate.ProblemChecks;

/**
 * Semantic checks of a problem that the JSON schema cannot express (duplicate ids, unknown skills, travel mode
 * versus location kinds, matrix indices...). Errors carry the JSON pointer the value has in the JSON format (for
 * skills, the index in the sorted array that {@link org.careroute.core.api.json.CarerouteJson} writes).
 */
public final class ProblemValidator {

    private ProblemValidator() {
    }

    /**
     * Every problem found; empty when the problem is consistent.
     *
     * @param problem
     *            the problem to check
     * @param sourceName
     *            names the problem in the errors (e.g. its file name)
     * @return the errors, each with its JSON pointer
     */
    public static List<InputError> validate(Problem problem, String sourceName) {
        return ProblemChecks.run(problem, sourceName, ProblemChecks.SkillPositions.SORTED);
    }

    /**
     * As {@link #validate(Problem, String)}, and for a consistent problem with
     * {@link OsmTravel osm travel} also whether {@code travelSource} can route every
     * location (snapped within the maximum distance, connected to the others): each location it cannot route is
     * reported at every visit and shift that uses it. This computes the travel matrices, so it takes as long as
     * that.
     *
     * @param problem
     *            the problem to check
     * @param sourceName
     *            names the problem in the errors (e.g. its file name)
     * @param travelSource
     *            the road network of {@code osm} travel; {@code null} skips the routing check
     * @return the errors, each with its JSON pointer
     */
    public static List<InputError> validate(Problem problem, String sourceName,
            TravelMatrixSource travelSource) {
        List<InputError> errors = validate(problem, sourceName);
        if (!errors.isEmpty() || !(problem.travel() instanceof OsmTravel)
                || travelSource == null) {
            return errors;
        }
        try {
            TravelMatrices.build(problem, travelSource);
            return errors;
        } catch (InvalidInputException e) {
            return e.errors().stream().map(error -> new InputError(sourceName, error.pointer(), error.message()))
                    .toList();
        }
    }
}
