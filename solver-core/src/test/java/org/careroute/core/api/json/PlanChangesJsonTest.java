package org.careroute.core.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.careroute.core.api.InvalidInputException;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlanChanges;
import org.careroute.core.api.model.PlanSummary;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.StartedBreak;
import org.careroute.core.api.model.VisitChange;
import org.careroute.core.api.model.VisitChange.Kind;
import org.careroute.core.testutil.TestProblems;
import org.junit.jupiter.api.Test;

class PlanChangesJsonTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:30:00Z");

    private static Plan planWithChanges() {
        PlanChanges changes = new PlanChanges(NOW, Duration.ofMinutes(15), 1, List.of(
                new VisitChange("v0", Kind.FIXED, "s0", NOW.minusSeconds(600), "s0", NOW.minusSeconds(600),
                        "Started at 10:20, before 10:30: kept as it is."),
                new VisitChange("v1", Kind.OTHER_CAREGIVER, "s0", NOW.plusSeconds(600), "s1", NOW.plusSeconds(900),
                        "Moved."),
                new VisitChange("v2", Kind.NEWLY_PLANNED, null, null, "s1", NOW.plusSeconds(3600), "A new visit."),
                new VisitChange("v3", Kind.STILL_UNASSIGNED, null, null, null, null, "Not planned.")),
                List.of(
                        "Shift x of the plan is not in the problem."),
                List.of(new StartedBreak("s0", 0, NOW.minusSeconds(300), NOW.plusSeconds(600), "v0"),
                        new StartedBreak("s1", 1, NOW.minusSeconds(60), NOW.plusSeconds(840), null)));
        return new Plan("p", "0hard/0medium/0soft", new PlanSummary(0, 0, 0, true, 0, 0, 0, 0, 0, 0), List.of(),
                List.of(), changes);
    }

    @Test
    void changesSection_survivesWriteAndRead() throws IOException {
        Problem problem = TestProblems.random(1, 4, 2);
        Plan plan = planWithChanges();
        StringWriter out = new StringWriter();

        CarerouteJson.writePlan(plan, problem, out);
        Plan read = CarerouteJson.readPlan(out.toString(), "plan.json");

        assertThat(out.toString()).contains("\"change\": \"other-caregiver\"").contains("\"changedVisits\": 1");
        assertThat(read).isEqualTo(plan);
    }

    @Test
    void planWithoutChanges_hasNoChangesSection() throws IOException {
        Problem problem = TestProblems.random(1, 4, 2);
        Plan plan = planWithChanges().withChanges(null);
        StringWriter out = new StringWriter();

        CarerouteJson.writePlan(plan, problem, out);

        assertThat(out.toString()).doesNotContain("changes");
        assertThat(CarerouteJson.readPlan(out.toString(), "plan.json").changes()).isNull();
    }

    @Test
    void unknownChangeKind_isReportedWithItsPointer() throws IOException {
        StringWriter out = new StringWriter();
        CarerouteJson.writePlan(planWithChanges(), TestProblems.random(1, 4, 2), out);
        String broken = out.toString().replace("\"other-caregiver\"", "\"teleported\"");

        assertThatThrownBy(() -> CarerouteJson.readPlan(broken, "plan.json")).isInstanceOf(
                InvalidInputException.class).hasMessageContaining("/changes/visits/1/change");
    }
}
