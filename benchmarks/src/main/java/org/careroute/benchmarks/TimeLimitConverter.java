package org.careroute.benchmarks;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code 500ms}, {@code 10s}, {@code 5m}, {@code 1h}, {@code 1m30s} or ISO-8601 {@code PT10S}; positive. */
final class TimeLimitConverter implements ITypeConverter<Duration> {

    private static final Pattern PART = Pattern.compile("(\\d+)(ms|h|m|s)");

    @Override
    public Duration convert(String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        Duration duration = Duration.ZERO;
        try {
            if (text.startsWith("pt")) {
                duration = Duration.parse(text.toUpperCase(Locale.ROOT));
            } else {
                Matcher matcher = PART.matcher(text);
                int end = 0;
                while (matcher.find() && matcher.start() == end) {
                    long amount = Long.parseLong(matcher.group(1));
                    duration = duration.plus(switch (matcher.group(2)) {
                        case "ms" -> Duration.ofMillis(amount);
                        case "s" -> Duration.ofSeconds(amount);
                        case "m" -> Duration.ofMinutes(amount);
                        default -> Duration.ofHours(amount);
                    });
                    end = matcher.end();
                }
                if (end != text.length() || end == 0) {
                    throw new TypeConversionException(bad(value));
                }
            }
        } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
            throw new TypeConversionException(bad(value));
        }
        if (duration.isZero() || duration.isNegative()) {
            throw new TypeConversionException("'" + value + "' must be positive, e.g. 10s.");
        }
        return duration;
    }

    private static String bad(String value) {
        return "'" + value + "' is not a duration; use e.g. 500ms, 10s, 5m, 1h30m or PT10S.";
    }
}
