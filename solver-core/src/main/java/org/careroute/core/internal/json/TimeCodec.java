package org.careroute.core.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import org.careroute.core.api.model.TimeFormat;

/** Times and durations on the wire: ISO-8601 strings or numbers of seconds. */
final class TimeCodec {

    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

    private TimeCodec() {
    }

    static TimeFormat formatOf(JsonNode node) {
        return node.isNumber() ? TimeFormat.NUMBER : TimeFormat.ISO;
    }

    /**
     * Reads a time: a number of seconds since the epoch, or an ISO date-time with offset, with offset and zone, or
     * local (then in {@code zone}).
     *
     * @throws DateTimeException
     *             with a message for the user
     */
    static Instant readTime(JsonNode node, ZoneId zone) {
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue();
            long seconds = value.setScale(0, RoundingMode.FLOOR).longValueExact();
            int nanos = value.subtract(BigDecimal.valueOf(seconds)).multiply(NANOS_PER_SECOND).setScale(0,
                    RoundingMode.HALF_EVEN).intValueExact();
            return Instant.ofEpochSecond(seconds, nanos);
        }
        String text = node.asText();
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, ZonedDateTime::from,
                    OffsetDateTime::from, LocalDateTime::from);
            return switch (parsed) {
                case ZonedDateTime z -> z.toInstant();
                case OffsetDateTime o -> o.toInstant();
                case LocalDateTime l -> l.atZone(zone).toInstant();
                default -> throw new DateTimeException("unexpected " + parsed);
            };
        } catch (DateTimeParseException e) {
            throw new DateTimeException("'" + text + "' is not an ISO-8601 date-time; write it like"
                    + " 2027-03-01T07:00:00+01:00, 2027-03-01T07:00:00+01:00[Europe/Stockholm] or"
                    + " 2027-03-01T07:00:00 (in the problem's timeZone), or as a number of seconds.", e);
        }
    }

    /**
     * Reads a time of a plan, where there is no time zone to read local date-times in.
     *
     * @throws DateTimeException
     *             with a message for the user
     */
    static Instant readPlanTime(JsonNode node) {
        if (node.isTextual() && !node.asText().isEmpty()) {
            try {
                TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(node.asText(),
                        ZonedDateTime::from, OffsetDateTime::from);
                return parsed instanceof ZonedDateTime z ? z.toInstant() : ((OffsetDateTime) parsed).toInstant();
            } catch (DateTimeParseException e) {
                throw new DateTimeException("'" + node.asText() + "' is not an ISO-8601 date-time with offset"
                        + " like 2027-03-01T08:15:00+01:00.", e);
            }
        }
        return readTime(node, java.time.ZoneOffset.UTC);
    }

    static JsonNode writeTime(Instant time, ZoneId zone, TimeFormat format) {
        if (format == TimeFormat.NUMBER) {
            return seconds(time.getEpochSecond(), time.getNano());
        }
        return TextNode.valueOf(time.atZone(zone).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    /**
     * Reads a duration: an ISO-8601 duration such as {@code PT45M} or a number of seconds.
     *
     * @throws DateTimeException
     *             with a message for the user
     */
    static Duration readDuration(JsonNode node) {
        Duration duration;
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue();
            long seconds = value.setScale(0, RoundingMode.FLOOR).longValueExact();
            long nanos = value.subtract(BigDecimal.valueOf(seconds)).multiply(NANOS_PER_SECOND).setScale(0,
                    RoundingMode.HALF_EVEN).longValueExact();
            duration = Duration.ofSeconds(seconds, nanos);
        } else {
            try {
                duration = Duration.parse(node.asText());
            } catch (DateTimeParseException e) {
                throw new DateTimeException("'" + node.asText() + "' is not an ISO-8601 duration; write it like"
                        + " PT45M, PT1H30M or as a number of seconds.", e);
            }
        }
        if (duration.isNegative()) {
            throw new DateTimeException("Duration " + node.asText() + " must not be negative.");
        }
        return duration;
    }

    static JsonNode writeDuration(Duration duration, TimeFormat format) {
        if (format == TimeFormat.NUMBER) {
            return seconds(duration.getSeconds(), duration.getNano());
        }
        return TextNode.valueOf(duration.toString());
    }

    private static JsonNode seconds(long seconds, int nanos) {
        if (nanos == 0) {
            return JsonNodeFactory.instance.numberNode(seconds);
        }
        return DecimalNode.valueOf(BigDecimal.valueOf(seconds).add(BigDecimal.valueOf(nanos, 9)).stripTrailingZeros());
    }
}
