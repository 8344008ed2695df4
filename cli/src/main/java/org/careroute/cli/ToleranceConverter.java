package org.careroute.cli;

import java.time.Duration;

import picocli.CommandLine.ITypeConverter;

/** Reads a duration like {@link DurationConverter}, and also {@code 0} (no tolerance). */
final class ToleranceConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        return value.trim().matches("0+[a-z]*") ? Duration.ZERO : new DurationConverter().convert(value);
    }
}
