package org.careroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {

    @ParameterizedTest
    @CsvSource({"0, 0:00", "7, 0:07", "750, 12:30", "3723, 1:02:03"})
    void clock_showsMinutesSecondsAndHoursWhenNeeded(long seconds, String expected) {
        assertThat(Formats.clock(Duration.ofSeconds(seconds))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"45, 45 s", "720, 12 min", "11100, 3 h 05 min"})
    void hoursMinutes_roundsToMinutes(long seconds, String expected) {
        assertThat(Formats.hoursMinutes(seconds)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"850, 850 m", "153240, 153.2 km"})
    void distance_usesKilometresFromOneKilometre(long meters, String expected) {
        assertThat(Formats.distance(meters)).isEqualTo(expected);
    }
}
