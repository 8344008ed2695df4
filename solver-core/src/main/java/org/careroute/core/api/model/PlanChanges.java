package org.careroute.core.api.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a re-planned plan changed against the published plan it started from, per visit, and why.
 *
 * @param now
 *            the re-planning time: visits that started before it were kept as they are ({@code null} when nothing
 *            was fixed)
 * @param changeTolerance
 *            a start moved by at most this much on the same shift counts as kept
 * @param changedVisits
 *            published visits now on another shift, moved beyond the tolerance, or left out
 * @param visits
 *            one entry per visit of the problem, in the problem's order
 * @param notes
 *            what could not be carried over from the published plan (removed shifts and visits) and other remarks
 * @param startedBreaks
 *            the breaks of the published plan that had started before {@code now}: kept as they were ({@code null}:
 *            none)
 */
public record PlanChanges(Instant now, Duration changeTolerance, int changedVisits, List<VisitChange> visits,
        List<String> notes, List<StartedBreak> startedBreaks) {

    /** Copies the lists. */
    public PlanChanges {
        visits = List.copyOf(visits);
        notes = List.copyOf(notes);
        startedBreaks = startedBreaks == null ? List.of() : List.copyOf(startedBreaks);
    }

}
