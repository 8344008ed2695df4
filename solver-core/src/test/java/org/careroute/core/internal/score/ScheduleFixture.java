package org.careroute.core.internal.score;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import java.util.ArrayList;
import java.util.List;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;
import org.careroute.core.internal.travel.DenseTravelMatrix;

/**
 * Tiny hand-made schedules for ConstraintVerifier tests. Locations: 0 = base, 1 = client A, 2 = client B.
 * Driving base-A 600 s, base-B 900 s, A-B 300 s (symmetric); distances are 10 m per second.
 */
final class ScheduleFixture {

    static final int BASE = 0;
    static final int A = 1;
    static final int B = 2;
    static final long T0 = 1_800_000_000L;
    static final long NURSE = 1L;
    static final long PHYSIO = 2L;
    static final DenseTravelMatrix TRAVEL = DenseTravelMatrix.build(3, (from, to, out) -> {
        int pair = Math.min(from, to) * 10 + Math.max(from, to);
        long seconds = switch (pair) {
            case 1 -> 600;
            case 2 -> 900;
            case 12 -> 300;
            default -> throw new IllegalStateException("pair " + pair);
        };
        out[0] = seconds;
        out[1] = seconds * 10;
    });

    static final ConstraintVerifier<CareConstraintProvider, CareSchedule> VERIFIER = ConstraintVerifier.build(
            new CareConstraintProvider(), CareSchedule.class, CareShift.class, CareVisit.class);

    private ScheduleFixture() {
    }

    /** A shift from T0 to T0 + hours at the base, returning to the base. */
    static CareShift shift(String id, long hours, long skills) {
        return new CareShift(id, "cg-" + id, skills, CareShift.UNLIMITED, T0, T0 + hours * 3600, BASE, BASE,
                TRAVEL);
    }

    static CareShift openEndShift(String id, long hours) {
        return new CareShift(id, "cg-" + id, NURSE, CareShift.UNLIMITED, T0, T0 + hours * 3600, BASE,
                CareShift.OPEN_END, TRAVEL);
    }

    static CareShift shiftWithCapacity(String id, long capacity) {
        return new CareShift(id, "cg-" + id, NURSE, capacity, T0, T0 + 8 * 3600, BASE, BASE, TRAVEL);
    }

    /** A visit with windows given as offsets from T0 in seconds: start1, end1, start2, end2, ... */
    static CareVisit visit(String id, int location, long durationSeconds, long... windowOffsets) {
        return visitWith(id, location, durationSeconds, 0L, 1, false, 0, windowOffsets);
    }

    static CareVisit visitWith(String id, int location, long durationSeconds, long skills, int priority,
            boolean mandatory, long demand, long... windowOffsets) {
        long[] starts = new long[windowOffsets.length / 2];
        long[] ends = new long[windowOffsets.length / 2];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = T0 + windowOffsets[2 * i];
            ends[i] = T0 + windowOffsets[2 * i + 1];
        }
        return new CareVisit(id, counter++, location, durationSeconds, starts, ends, skills, priority, mandatory,
                demand);
    }

    /** Two parts of visit {@code id} at {@code location}, linked as one double-staffed visit. */
    static List<CareVisit> parts(String id, int location, long duration, long... windowOffsets) {
        CareVisit first = visit(id + "/part0", location, duration, windowOffsets);
        CareVisit second = visit(id + "/part1", location, duration, windowOffsets);
        List<CareVisit> group = List.of(first, second);
        first.linkAsPart(id, 0, group);
        second.linkAsPart(id, 1, group);
        return group;
    }

    private static int counter;

    /** A schedule where each shift serves the given visits in order; other visits stay unassigned. */
    static CareSchedule schedule(List<CareShift> shifts, List<CareVisit> allVisits) {
        CareSchedule schedule = new CareSchedule(shifts, new ArrayList<>(allVisits),
                ConstraintWeightOverrides.none());
        return schedule;
    }

    static CareShift route(CareShift shift, CareVisit... visits) {
        shift.setVisits(new ArrayList<>(List.of(visits)));
        return shift;
    }
}
