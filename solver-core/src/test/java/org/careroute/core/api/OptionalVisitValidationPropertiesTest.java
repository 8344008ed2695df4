package org.careroute.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.VisitCare;
import org.careroute.core.api.model.VisitDependency;
import org.careroute.core.api.model.VisitLinks;

/**
 * The validator's rules for optional visits weighed against soft costs, on random visits: exactly the broken rules
 * are reported, each at its pointer.
 */
class OptionalVisitValidationPropertiesTest {

    private static final Instant T = Instant.parse("2027-03-01T06:00:00Z");
    private static final GeoLocation HOME = new GeoLocation(59.38, 13.5);

    private static Problem problem(List<Visit> visits) {
        Shift shift = new Shift("s", T, T.plusSeconds(8 * 3600), HOME, HOME);
        Caregiver caregiver = new Caregiver("c", null, Set.of(), null, Caregiver.UNLIMITED_CAPACITY, List.of(shift));
        return new Problem("p", null, TimeFormat.ISO, null, List.of(caregiver), visits, Map.of());
    }

    @Property(tries = 200)
    void visitWithAValue_isRejectedExactlyWhenMandatoryOrPrioritised(@ForAll boolean mandatory,
            @ForAll @IntRange(min = 1, max = 3) int priority,
            @ForAll @LongRange(min = 0, max = VisitCare.MAX_VALUE) long value,
            @ForAll @IntRange(min = 0, max = 2) int position) {
        List<Visit> visits = new ArrayList<>();
        for (int v = 0; v < 3; v++) {
            boolean valued = v == position;
            visits.add(new Visit("v" + v, null, null, HOME, Duration.ofMinutes(20), null, null, valued ? priority : 2,
                    valued && mandatory, 0, valued ? VisitCare.valued(value) : VisitCare.NONE, VisitLinks.NONE));
        }

        List<String> pointers = ProblemValidator.validate(problem(visits), "model").stream().map(InputError::pointer)
                .toList();

        List<String> expected = new ArrayList<>();
        if (mandatory) {
            expected.add("/visits/" + position + "/value");
        }
        if (priority != 1) {
            expected.add("/visits/" + position + "/priority");
        }
        assertThat(pointers).containsExactlyElementsOf(expected);
    }

    @Property(tries = 200)
    void bothOrNone_isRejectedExactlyWhenOneOfItsVisitsIsMandatory(@ForAll boolean earlierMandatory,
            @ForAll boolean laterMandatory, @ForAll boolean bothOrNone, @ForAll @IntRange(min = 1, max = 3) int later) {
        List<Visit> visits = new ArrayList<>();
        for (int v = 0; v < 4; v++) {
            boolean mandatory = v == 0 ? earlierMandatory : v == later && laterMandatory;
            List<VisitDependency> dependencies = v == later
                    ? List.of(new VisitDependency("v0", Duration.ofMinutes(10), null, null, bothOrNone))
                    : List.of();
            visits.add(new Visit("v" + v, null, null, HOME, Duration.ofMinutes(20), null, null, 1, mandatory, 0,
                    VisitCare.NONE, new VisitLinks(List.of(), dependencies, null, null)));
        }

        List<String> pointers = ProblemValidator.validate(problem(visits), "model").stream().map(InputError::pointer)
                .toList();

        boolean broken = bothOrNone && (earlierMandatory || laterMandatory);
        assertThat(pointers).isEqualTo(broken
                ? List.of("/visits/" + later + "/dependencies/0/bothOrNone")
                : List
                        .of());
    }

    @Property(tries = 100)
    void softWindows_areRejectedExactlyWithoutTimeWindows(@ForAll boolean withWindows,
            @ForAll @IntRange(min = 0, max = 2) int position) {
        List<TimeWindow> windows = withWindows
                ? List.of(new TimeWindow(T, T.plusSeconds(3600)), new TimeWindow(T.plusSeconds(7200), T.plusSeconds(
                        9000)))
                : List.of();
        List<Visit> visits = new ArrayList<>();
        for (int v = 0; v < 3; v++) {
            visits.add(new Visit("v" + v, null, null, HOME, Duration.ofMinutes(20), v == position ? windows : null,
                    null, 1, false, 0, v == position ? VisitCare.softWindowsOnly() : VisitCare.NONE,
                    VisitLinks.NONE));
        }

        List<String> pointers = ProblemValidator.validate(problem(visits), "model").stream().map(InputError::pointer)
                .toList();

        assertThat(pointers).isEqualTo(withWindows ? List.of() : List.of("/visits/" + position + "/softWindows"));
    }
}
