package org.careroute.datasets.vrptw;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import org.careroute.core.api.ProblemValidator;
import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.EuclideanTravel;
import org.careroute.core.api.model.PlaneLocation;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.TimeFormat;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.Visit;
import org.careroute.datasets.BenchmarkData;
import org.junit.jupiter.api.Test;

class VrptwProblemsTest {

    @Test
    void c101_becomesValidProblemScaledByThousand() throws IOException {
        Problem problem = VrptwProblems.toProblem(VrptwReader.read(BenchmarkData.vrptw().resolve("solomon/C101.txt")));

        assertThat(ProblemValidator.validate(problem, "C101")).isEmpty();
        assertThat(problem.name()).isEqualTo("C101");
        assertThat(problem.timeFormat()).isEqualTo(TimeFormat.NUMBER);
        assertThat(problem.travel()).isEqualTo(new EuclideanTravel(1.0, 1.0));
        assertThat(problem.constraintWeights()).containsEntry("travel-distance", 1L)
                .containsEntry("travel-time", 0L)
                .containsEntry("waiting-time", 0L);
        assertThat(problem.caregivers()).hasSize(25).allSatisfy(caregiver -> {
            assertThat(caregiver.capacity()).isEqualTo(200);
            assertThat(caregiver.shifts()).hasSize(1);
        });
        Caregiver first = problem.caregivers().get(0);
        PlaneLocation depot = new PlaneLocation(40_000, 50_000);
        assertThat(first.id()).isEqualTo("vehicle-1");
        assertThat(first.shifts().get(0)).isEqualTo(new Shift("route-1", Instant.EPOCH, Instant.ofEpochSecond(
                1_236_000), depot, depot));
        Visit one = problem.visits().get(0);
        assertThat(one.id()).isEqualTo("1");
        assertThat(one.location()).isEqualTo(new PlaneLocation(45_000, 68_000));
        assertThat(one.duration()).isEqualTo(Duration.ofSeconds(90_000));
        assertThat(one.timeWindows()).containsExactly(new TimeWindow(Instant.ofEpochSecond(912_000), Instant
                .ofEpochSecond(967_000)));
        assertThat(one.demand()).isEqualTo(10);
        assertThat(one.mandatory()).isFalse();
        assertThat(one.priority()).isEqualTo(1);
        assertThat(problem.visits()).hasSize(100);
    }

    @Test
    void hombergerProblem_survivesJsonRoundTrip() throws IOException {
        Problem problem = VrptwProblems.toProblem(VrptwReader.read(BenchmarkData.vrptw().resolve(
                "homberger_200/rc2_2_1.txt")));
        StringWriter json = new StringWriter();
        CarerouteJson.writeProblem(problem, json);

        Problem back = CarerouteJson.readProblem(json.toString(), "rc2_2_1.json");

        assertThat(back).isEqualTo(problem);
        assertThat(back.visits()).hasSize(200);
    }

    @Test
    void fractionalTimes_areExactToThreeDecimals_andRoundedTowardsFeasibilityBeyond() {
        String text = """
                F1
                VEHICLE
                NUMBER CAPACITY
                1 10
                CUSTOMER
                0 0 0 0 0.0004 99.9999 0
                1 1 1 1 10.0001 20.0009 1.0001
                2 2 2 1 0.1 0.7 0.1
                """;

        Problem problem = VrptwProblems.toProblem(VrptwReader.read(text, "f1.txt"));

        assertThat(problem.caregivers().get(0).shifts().get(0).start()).isEqualTo(Instant.ofEpochSecond(1));
        assertThat(problem.caregivers().get(0).shifts().get(0).end()).isEqualTo(Instant.ofEpochSecond(99_999));
        Visit visit = problem.visits().get(0);
        assertThat(visit.timeWindows().get(0)).isEqualTo(new TimeWindow(Instant.ofEpochSecond(10_001), Instant
                .ofEpochSecond(20_000)));
        assertThat(visit.duration()).isEqualTo(Duration.ofSeconds(1_001));
        Visit exact = problem.visits().get(1);
        assertThat(exact.timeWindows().get(0)).isEqualTo(new TimeWindow(Instant.ofEpochSecond(100), Instant
                .ofEpochSecond(700)));
        assertThat(exact.duration()).isEqualTo(Duration.ofSeconds(100));
    }
}
