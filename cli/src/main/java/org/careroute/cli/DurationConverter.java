package org.careroute.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a positive duration: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, {@code 2d}, combinations such as
 * {@code 1h30m}, or ISO-8601 such as {@code PT30S}.
 */
final class DurationConverter implements ITypeConverter<Duration> {

    private static final Pattern PART = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");
    private static final Pattern WHOLE = Pattern.compile("(?:\\d{1,9}(?:ms|s|m|h|d))+");
    private static final Pattern ISO_START = Pattern.compile("[-+]?[pP]");
    private static final String EXAMPLES = "use e.g. 30s, 5m, 1h, 1h30m, 500ms or PT30S";

    @Override
    public Duration convert(String value) {
        String text = value.trim();
        Duration duration = ISO_START.matcher(text).lookingAt()
                ? parseIso(value, text)
                : parseShort(value, text.toLowerCase(Locale.ROOT));
        if (duration.isNegative() || duration.isZero()) {
            throw new TypeConversionException("'" + value + "' must be a positive duration (" + EXAMPLES + ").");
        }
        return duration;
    }

    private static Duration parseIso(String value, String text) {
        try {
            return Duration.parse(text.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not an ISO-8601 duration (" + EXAMPLES + ").");
        }
    }

    private static Duration parseShort(String value, String text) {
        if (text.matches("\\d+")) {
            throw new TypeConversionException("'" + value + "' has no unit: write " + text + "s for seconds or "
                    + text + "m for minutes.");
        }
        if (!WHOLE.matcher(text).matches()) {
            throw new TypeConversionException("'" + value + "' is not a duration (" + EXAMPLES + ").");
        }
        Duration total = Duration.ZERO;
        Matcher matcher = PART.matcher(text);
        while (matcher.find()) {
            long amount = Long.parseLong(matcher.group(1));
            total = total.plus(switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            });
        }
        return total;
    }
}
