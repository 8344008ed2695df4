package org.careroute.datasets.vrptw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.careroute.core.api.InvalidInputException;
import org.careroute.datasets.BenchmarkData;
import org.junit.jupiter.api.Test;

class VrptwReaderTest {

    private static final String TINY = """
            TINY1

            VEHICLE
            NUMBER     CAPACITY
              2         10

            CUSTOMER
            CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME

                0      0          0          0          0       100          0
                1      3          4          6         10        20          5
                2      0          1.5        4          0        50          2
            """;

    private static final List<VrptwCustomer> DEPOT_ONLY = List.of(new VrptwCustomer(0, 0, 0, 0, 0, 10, 0));

    @Test
    void solomonC101_isReadWithDepotFleetAndCustomers() throws IOException {
        VrptwInstance c101 = VrptwReader.read(BenchmarkData.vrptw().resolve("solomon/C101.txt"));

        assertThat(c101.name()).isEqualTo("C101");
        assertThat(c101.instanceClass()).isEqualTo("C1");
        assertThat(c101.vehicleCount()).isEqualTo(25);
        assertThat(c101.capacity()).isEqualTo(200);
        assertThat(c101.customers()).hasSize(100);
        assertThat(c101.depot()).isEqualTo(new VrptwCustomer(0, 40, 50, 0, 0, 1236, 0));
        assertThat(c101.customers().get(0)).isEqualTo(new VrptwCustomer(1, 45, 68, 10, 912, 967, 90));
        assertThat(c101.customers().get(99).number()).isEqualTo(100);
    }

    @Test
    void hombergerR1_10_1_isReadWithThousandCustomers() throws IOException {
        VrptwInstance r1 = VrptwReader.read(BenchmarkData.vrptw().resolve("homberger_1000/r1_10_1.txt"));

        assertThat(r1.name()).isEqualTo("r1_10_1");
        assertThat(r1.instanceClass()).isEqualTo("R1");
        assertThat(r1.vehicleCount()).isEqualTo(250);
        assertThat(r1.customers()).hasSize(1000);
        assertThat(r1.depot()).isEqualTo(new VrptwCustomer(0, 250, 250, 0, 0, 1925, 0));
        assertThat(r1.customers().get(0)).isEqualTo(new VrptwCustomer(1, 171, 34, 21, 1153, 1163, 10));
    }

    @Test
    void decimalCoordinates_areKept() {
        VrptwInstance tiny = VrptwReader.read(TINY, "tiny.txt");

        assertThat(tiny.customers().get(1).y()).isEqualTo(1.5);
        assertThat(VrptwInstance.distance(tiny.depot(), tiny.customers().get(0))).isEqualTo(5.0);
    }

    @Test
    void instanceClass_isLettersAndFirstDigit() {
        assertThat(new VrptwInstance("RC208", 1, 1, DEPOT_ONLY).instanceClass()).isEqualTo("RC2");
        assertThat(new VrptwInstance("rc1_10_3", 1, 1, DEPOT_ONLY).instanceClass()).isEqualTo("RC1");
    }

    @Test
    void badNumbers_areAllReportedWithLineNumbers() {
        String broken = TINY.replace("3          4          6", "3          x          6")
                .replace("0        50          2", "60        50");

        assertThatThrownBy(() -> VrptwReader.read(broken, "broken.txt"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(Object::toString)
                        .containsExactly("broken.txt: (document): line 11: YCOORD. must be a number, got 'x'.",
                                "broken.txt: (document): line 12: expected 7 numbers (CUST NO., XCOORD., YCOORD.,"
                                        + " DEMAND, READY TIME, DUE DATE, SERVICE TIME), got 6: '2      0      "
                                        + "    1.5        4          60        50'."));
    }

    @Test
    void dueDateBeforeReadyTime_isReported() {
        String broken = TINY.replace("10        20", "30        20");

        assertThatThrownBy(() -> VrptwReader.read(broken, "late.txt"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).message())
                        .isEqualTo("line 11: DUE DATE (20.0) is before READY TIME (30.0)."));
    }

    @Test
    void missingSections_andEmptyFiles_areReported() {
        assertThatThrownBy(() -> VrptwReader.read("", "empty.txt"))
                .hasMessageContaining("empty.txt: (document): the file is empty");
        assertThatThrownBy(() -> VrptwReader.read("{\"formatVersion\": \"1\"}\n", "problem.json"))
                .hasMessageContaining("no VEHICLE section found");
        assertThatThrownBy(() -> VrptwReader.read(TINY.replace("  2         10", ""), "fleet.txt"))
                .hasMessageContaining("line 3: the VEHICLE section needs a line with two numbers");
    }

    @Test
    void depotMissing_isReported() {
        String noDepot = TINY.replace("    0      0          0          0          0       100          0\n", "");

        assertThatThrownBy(() -> VrptwReader.read(noDepot, "nodepot.txt"))
                .hasMessageContaining("the first CUSTOMER line must be the depot, number 0, but is number 1.");
    }

    @Test
    void duplicateCustomer_isReported() {
        String duplicate = TINY + "    2      1          1          1          0        50          2\n";

        assertThatThrownBy(() -> VrptwReader.read(duplicate, "dup.txt"))
                .hasMessageContaining("line 13: customer number 2 appears twice");
    }
}
