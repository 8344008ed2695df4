package org.careroute.core.internal.explain;

import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.Visit;
import org.careroute.core.internal.travel.TravelMatrices;
import org.careroute.core.internal.verify.TimeText;

/**
 * A quick estimate of inserting a visit before {@code position} of a shift's route: the weighted hard and soft
 * increase of the route simulation, as {@link InsertionDiagnosis} computes it for unassigned reasons. Used to
 * pre-select the places whose exact score change the solver's score calculation then gives.
 */
public record InsertionEstimate(String caregiverId, String shiftId, int position, long hard, long soft) {

    /**
     * Every insertion of {@code visit} into every qualified shift's route, at positions from
     * {@code firstPosition} on (e.g. after visits that have started).
     *
     * @param routes
     *            the visits of each shift's route, by shift id
     */
    public static List<InsertionEstimate> all(Problem problem, TravelMatrices travel, Map<String, List<Visit>> routes,
            Visit visit, ToIntFunction<String> firstPosition) {
        InsertionDiagnosis diagnosis = new InsertionDiagnosis(problem, travel, new TimeText(TimeFormat.NUMBER,
                problem.timeZone()), routes);
        return diagnosis.estimates(visit, firstPosition);
    }
}
