package org.careroute.core.api;

import java.util.List;

/**
 * The best places to insert one visit into a plan, best first ({@link Planner#recommend}).
 *
 * @param currentShiftId
 *            the shift the plan has the visit in now (it was taken out before trying), {@code null} when the plan
 *            leaves it out or does not know it
 * @param baseScore
 *            the score of the plan without the visit, which every score change is relative to
 * @param placesTried
 *            insertion places estimated by route simulation; the best of them were scored exactly
 * @param visitId
 *            the visit the places are for
 * @param options
 *            the best places, best first (empty when none was found)
 */
public record Recommendations(String visitId, String currentShiftId, String baseScore, int placesTried,
        List<Recommendation> options) {

    /** Copies the options. */
    public Recommendations {
        options = List.copyOf(options);
    }
}
