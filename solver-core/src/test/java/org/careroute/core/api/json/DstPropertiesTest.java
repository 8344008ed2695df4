package org.careroute.core.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import org.careroute.core.api.Planner;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;

/**
 * Shifts and time windows written as local times on the days the clocks change (Europe/Stockholm, 2027-03-28 and
 * 2027-10-31), including times that do not exist or exist twice: the problem is read, planned and verified with
 * the same instants, and the plan's times read back unchanged.
 */
@Tag("slow")
class DstPropertiesTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final Planner PLANNER = Planner.create();

    @Property(tries = 60, shrinking = ShrinkingMode.OFF)
    void localTimesAcrossClockChanges_planAndVerify(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        String day = random.nextBoolean() ? "2027-03-28" : "2027-10-31";
        String shiftStart = local(day, random.nextInt(2) * 60, random);
        String shiftEnd = local(day, 6 * 60 + random.nextInt(180), random);
        String windowStart = local(day, 60 + random.nextInt(100), random);
        String windowEnd = local(day, 200 + random.nextInt(120), random);
        String json = JsonDoc.valid().with("/caregivers/0/shifts/0/start", quote(shiftStart)).with(
                "/caregivers/0/shifts/0/end", quote(shiftEnd)).with("/caregivers/1/shifts/0/start",
                        quote(
                                shiftStart))
                .with("/caregivers/1/shifts/0/end", quote(shiftEnd)).with("/visits/0/timeWindows/0/start", quote(
                        windowStart))
                .with("/visits/0/timeWindows/0/end", quote(windowEnd)).toString();

        Problem problem;
        try {
            problem = CarerouteJson.readProblem(json, "dst.json");
        } catch (org.careroute.core.api.InvalidInputException e) {
            // A local start inside the spring-forward gap moves one hour later (java.time's rule) and can then lie
            // after the window's end: refused with a pointer, never planned wrongly.
            assertThat(day).isEqualTo("2027-03-28");
            assertThat(e.errors()).isNotEmpty().allSatisfy(error -> assertThat(error.pointer()).isEqualTo(
                    "/visits/0/timeWindows/0/end"));
            return;
        }
        Plan plan = PLANNER.solve(problem, SolveOptions.defaults().withMoveCountLimit(300L).withTimeLimit(null)
                .withSeed(seed));
        VerificationReport report = PLANNER.verify(problem, plan);
        StringWriter written = new StringWriter();
        CarerouteJson.writePlan(plan, problem, written);
        Plan reread = CarerouteJson.readPlan(written.toString(), "plan.json");

        assertThat(problem.caregivers().get(0).shifts().get(0).start()).isEqualTo(LocalDateTime.parse(shiftStart)
                .atZone(ZONE).toInstant());
        assertThat(report.feasible()).as(report.violations().toString()).isEqualTo(plan.summary().feasible());
        assertThat(report.recomputed().hardScore()).isEqualTo(plan.summary().hardScore());
        assertThat(report.recomputed().softScore()).isEqualTo(plan.summary().softScore());
        assertThat(reread.shifts()).isEqualTo(plan.shifts());
    }

    /** A local time {@code minutes} after midnight of {@code day}, with random seconds. */
    private static String local(String day, int minutes, Random random) {
        return LocalDateTime.parse(day + "T00:00:00").plusMinutes(minutes).plusSeconds(random.nextInt(60))
                .toString();
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }
}
