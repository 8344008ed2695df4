package org.careroute.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {

    private final DurationConverter converter = new DurationConverter();

    @ParameterizedTest
    @CsvSource({"500ms, PT0.5S", "30s, PT30S", "5m, PT5M", "1h, PT1H", "2d, PT48H", "1h30m, PT1H30M",
            "1m30s, PT1M30S", "PT30S, PT30S", "pt2m, PT2M", "P1DT2H, PT26H", "' 45s ', PT45S", "10M, PT10M"})
    void validDuration_isRead(String text, String expected) {
        assertThat(converter.convert(text)).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "5x", "s", "1.5h", "-5s", "PT", "PTXS", "30 s", "1h-30m", "9999999999s"})
    void malformedDuration_isRejectedWithExamples(String text) {
        assertThatThrownBy(() -> converter.convert(text)).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("'" + text + "'").hasMessageContaining("30s");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0s", "0ms", "PT0S", "-PT5S"})
    void zeroOrNegativeDuration_isRejected(String text) {
        assertThatThrownBy(() -> converter.convert(text)).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("positive");
    }

    @ParameterizedTest
    @ValueSource(strings = {"30", "0"})
    void numberWithoutUnit_suggestsAUnit(String text) {
        assertThatThrownBy(() -> converter.convert(text)).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("no unit").hasMessageContaining(text + "s");
    }
}
