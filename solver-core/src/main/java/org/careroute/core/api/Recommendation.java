package org.careroute.core.api;

import java.time.Instant;

/**
 * One place to insert a visit into a plan, with the exact score change the solver's score calculation gives.
 *
 * @param rank
 *            1 for the best place
 * @param position
 *            the visit's index in the shift's route after insertion (0: first)
 * @param afterVisitId
 *            the visit it follows, {@code null} when first
 * @param hardChange
 *            new hard score minus the hard score of the plan without the visit (0 or more: breaks no new hard rule)
 * @param mediumChange
 *            the same for the medium score (an optional visit planned gains its priority)
 * @param softChange
 *            the same for the soft score (extra driving, waiting, changes...)
 * @param caregiverId
 *            the caregiver of the shift
 * @param shiftId
 *            the shift the visit would be inserted into
 * @param arrival
 *            when the caregiver would arrive at the visit
 * @param start
 *            when the service would start
 * @param end
 *            when the service would end
 */
public record Recommendation(int rank, String caregiverId, String shiftId, int position, String afterVisitId,
        Instant arrival, Instant start, Instant end, long hardChange, long mediumChange, long softChange) {

    /**
     * The score change as text, e.g. {@code 0hard/+1medium/-1260soft}.
     *
     * @return hard, medium and soft change with their signs
     */
    public String scoreChange() {
        return signed(hardChange) + "hard/" + signed(mediumChange) + "medium/" + signed(softChange) + "soft";
    }

    /**
     * Whether the insertion breaks no hard rule the plan did not already break.
     *
     * @return {@code true} when {@code hardChange} is 0 or more
     */
    public boolean keepsHardRules() {
        return hardChange >= 0;
    }

    private static String signed(long value) {
        return value > 0 ? "+" + value : Long.toString(value);
    }
}
