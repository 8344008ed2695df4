package org.careroute.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.careroute.datasets.vrptw.VrptwCustomer;
import org.careroute.datasets.vrptw.VrptwInstance;
import org.careroute.datasets.vrptw.VrptwReader;
import org.junit.jupiter.api.Test;

class VrptwVerifierTest {

    /** Depot at the origin, window [0, 100]; capacity 10, two vehicles. */
    private static final VrptwInstance TINY = VrptwReader.read("""
            TINY
            VEHICLE
            NUMBER     CAPACITY
              2         10
            CUSTOMER
            CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME
                0      0          0          0          0       100          0
                1      3          4          6         10        20          5
                2      3          0          4          0        50          2
                3      0          4          5          0        30          1
            """, "tiny.txt");

    @Test
    void feasibleRoutes_withWaiting_areAcceptedAndMeasured() {
        // route 1: depot -> 2 (3) -> 1 (4, arrive 7, wait to 10, leave 15) -> depot (5); route 2: depot -> 3 -> depot
        Verdict verdict = VrptwVerifier.verify(TINY, List.of(List.of(2, 1), List.of(3)));

        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.feasible()).isTrue();
        assertThat(verdict.vehicles()).isEqualTo(2);
        assertThat(verdict.distance()).isCloseTo(3 + 4 + 5 + 4 + 4, within(1e-9));
    }

    @Test
    void serviceAfterDueDate_isReported_startAtDueDate_isAccepted() {
        Verdict missed = VrptwVerifier.verify(withDue(TINY, 1, 3.0), List.of(List.of(1), List.of(2, 3)));
        Verdict justInTime = VrptwVerifier.verify(withDue(TINY, 1, 5.0), List.of(List.of(1), List.of(2, 3)));

        assertThat(missed.violations()).containsExactly("route 1: customer 1 starts at 5.0, after its due date 3.0.");
        assertThat(missed.feasible()).isFalse();
        assertThat(justInTime.violations()).isEmpty();
        assertThat(justInTime.feasible()).isTrue();
    }

    @Test
    void capacity_depotDueDate_fleetSize_duplicatesAndMissingCustomers_areReported() {
        assertThat(VrptwVerifier.verify(TINY, List.of(List.of(1, 2, 3))).violations())
                .containsExactly("route 1: load 15 exceeds the capacity 10.");
        assertThat(VrptwVerifier.verify(withDue(TINY, 0, 12.0), List.of(List.of(2, 3), List.of(1))).violations())
                .containsExactly("route 1: back at the depot at 15.0, after its due date 12.0.",
                        "route 2: back at the depot at 20.0, after its due date 12.0.");
        assertThat(VrptwVerifier.verify(TINY, List.of(List.of(1), List.of(2), List.of(3))).violations())
                .containsExactly("3 routes used, more than the fleet of 2.");
        Verdict duplicate = VrptwVerifier.verify(TINY, List.of(List.of(2, 1), List.of(3, 2)));
        assertThat(duplicate.violations()).contains("customer 2 is served 2 times.");
        Verdict missing = VrptwVerifier.verify(TINY, List.of(List.of(2, 1), List.of()));
        assertThat(missing.violations()).isEmpty();
        assertThat(missing.unassigned()).isEqualTo(1);
        assertThat(missing.vehicles()).isEqualTo(1);
        assertThat(missing.feasible()).isFalse();
        assertThat(VrptwVerifier.verify(TINY, List.of(List.of(2, 1, 3, 9))).violations())
                .contains("route 1: customer 9 does not exist in TINY.");
    }

    private static VrptwInstance withDue(VrptwInstance instance, int number, double due) {
        return new VrptwInstance(instance.name(), instance.vehicleCount(), instance.capacity(), instance.nodes()
                .stream()
                .map(c -> c.number() == number
                        ? new VrptwCustomer(c.number(), c.x(), c.y(), c.demand(), Math
                                .min(c.readyTime(), due), due, c.serviceTime())
                        : c)
                .toList());
    }
}
