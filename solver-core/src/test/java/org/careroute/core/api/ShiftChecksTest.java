package org.careroute.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.TimeFormat;
import org.junit.jupiter.api.Test;

/** A caregiver's shifts: each of positive length, and no two at once. */
class ShiftChecksTest {

    private static final Instant DAY = Instant.parse("2027-03-01T00:00:00Z");
    private static final GeoLocation HOME = new GeoLocation(59.38, 13.5);

    private static Shift shift(String id, int startMinute, int endMinute) {
        return new Shift(id, DAY.plusSeconds(startMinute * 60L), DAY.plusSeconds(endMinute * 60L), HOME, HOME);
    }

    private static List<InputError> validate(String zone, Shift... shifts) {
        Problem problem = new Problem("p", ZoneId.of(zone), TimeFormat.ISO, null, List.of(new Caregiver("cg-02", null,
                Set.of(), null, Caregiver.UNLIMITED_CAPACITY, List.of(shifts))), List.of(), null);
        return ProblemValidator.validate(problem, "model");
    }

    @Test
    void duplicatedShiftRecord_isReportedAtTheLaterOneNamingBoth() {
        // 07:30-15:00 and 07:10-10:50 in Stockholm (UTC+1)
        List<InputError> errors = validate("Europe/Stockholm", shift("day", 390, 840), shift("day-copy", 370, 590));

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.pointer()).isEqualTo("/caregivers/0/shifts/1");
            assertThat(e.message()).isEqualTo("Shifts 'day' (/caregivers/0/shifts/0, 2027-03-01 07:30 to 15:00"
                    + " Europe/Stockholm) and 'day-copy' (/caregivers/0/shifts/1, 2027-03-01 07:10 to 10:50"
                    + " Europe/Stockholm) of caregiver 'cg-02' overlap: one person cannot work both at once. Remove"
                    + " the duplicate or make one end before the other starts.");
        });
    }

    @Test
    void shiftEndingWhenItStarts_saysSo() {
        assertThat(validate("UTC", shift("s", 420, 420))).singleElement().satisfies(e -> {
            assertThat(e.pointer()).isEqualTo("/caregivers/0/shifts/0/end");
            assertThat(e.message()).startsWith("Shift 's' ends when it starts (2027-03-01 07:00 UTC)");
        });
    }

    @Test
    void shiftsOneAfterTheOther_areFine() {
        assertThat(validate("Europe/Stockholm", shift("early", 360, 720), shift("late", 720, 1080))).isEmpty();
    }

    /**
     * Exactly the caregivers' overlapping pairs are reported: an error for each shift that starts before an earlier
     * starting one ends, and the two shifts it names do overlap.
     */
    @Property(tries = 300)
    void overlapsAreReportedExactly(@ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 40) Integer> starts,
            @ForAll @Size(min = 6, max = 6) List<@IntRange(min = 1, max = 12) Integer> lengths) {
        List<Shift> shifts = new ArrayList<>();
        for (int s = 0; s < starts.size(); s++) {
            shifts.add(shift("s" + s, starts.get(s) * 30, starts.get(s) * 30 + lengths.get(s) * 30));
        }
        boolean anyOverlap = false;
        for (int i = 0; i < shifts.size(); i++) {
            for (int j = i + 1; j < shifts.size(); j++) {
                anyOverlap |= overlap(shifts.get(i), shifts.get(j));
            }
        }

        List<InputError> errors = validate("Europe/Stockholm", shifts.toArray(Shift[]::new));

        assertThat(!errors.isEmpty()).isEqualTo(anyOverlap);
        for (InputError error : errors) {
            int later = Integer.parseInt(error.pointer().substring("/caregivers/0/shifts/".length()));
            int earlier = Integer.parseInt(error.message().replaceAll("(?s)^Shifts 's(\\d+)'.*", "$1"));
            assertThat(earlier).isLessThan(later);
            assertThat(error.message()).contains("'s" + later + "' (/caregivers/0/shifts/" + later);
            assertThat(overlap(shifts.get(earlier), shifts.get(later))).as(error.message()).isTrue();
        }
    }

    private static boolean overlap(Shift a, Shift b) {
        return a.start().isBefore(b.end()) && b.start().isBefore(a.end());
    }
}
