package org.careroute.core.internal.verify;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.careroute.core.api.model.TimeFormat;

/**
 * Formats instants and durations for people, in the problem's time zone or as plain numbers. Used by the verifier
 * and by the input checks ({@code internal.validate}).
 */
public final class TimeText {

    private static final DateTimeFormatter FULL_MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmXXX");
    private static final DateTimeFormatter FULL_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter CLOCK_MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter CLOCK_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE_MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final DateTimeFormatter DATE_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final boolean numbers;
    private final ZoneId zone;

    public TimeText(TimeFormat format, ZoneId zone) {
        this.numbers = format == TimeFormat.NUMBER;
        this.zone = zone;
    }

    /** A full point in time, e.g. {@code 2027-03-01T10:42+01:00}, or {@code 1042} for numeric problems. */
    public String instant(long epochSecond) {
        if (numbers) {
            return Long.toString(epochSecond);
        }
        ZonedDateTime time = zoned(epochSecond);
        return (time.getSecond() == 0 ? FULL_MINUTES : FULL_SECONDS).format(time);
    }

    /** Like {@link #instant(long)}, but only the clock time when it falls on the same day as {@code context}. */
    public String clock(long epochSecond, long context) {
        if (numbers) {
            return Long.toString(epochSecond);
        }
        ZonedDateTime time = zoned(epochSecond);
        if (!time.toLocalDate().equals(zoned(context).toLocalDate())) {
            return instant(epochSecond);
        }
        return (time.getSecond() == 0 ? CLOCK_MINUTES : CLOCK_SECONDS).format(time);
    }

    /** An instant that may be missing from a plan file. */
    public String instant(Instant instant) {
        return instant == null ? "(missing)" : instant(instant.getEpochSecond());
    }

    /**
     * A point in time as the people of the problem read it: local date and clock time and the zone, e.g.
     * {@code 2027-03-01 09:30 Europe/Stockholm}; a plain number for numeric problems.
     */
    public String local(Instant instant) {
        if (numbers) {
            return Long.toString(instant.getEpochSecond());
        }
        try {
            ZonedDateTime time = instant.atZone(zone);
            return (time.getSecond() == 0 ? DATE_MINUTES : DATE_SECONDS).format(time) + " " + zoneName();
        } catch (DateTimeException outOfRange) {
            return instant.toString();
        }
    }

    /**
     * A period as the people of the problem read it, e.g. {@code 2027-03-01 07:30 to 15:00 Europe/Stockholm} (the
     * end's date only when it falls on another day); {@code 100 to 250} for numeric problems.
     */
    public String period(Instant start, Instant end) {
        if (numbers) {
            return start.getEpochSecond() + " to " + end.getEpochSecond();
        }
        ZonedDateTime from;
        ZonedDateTime to;
        try {
            from = start.atZone(zone);
            to = end.atZone(zone);
        } catch (DateTimeException outOfRange) {
            return start + " to " + end;
        }
        String endText = (to.getSecond() == 0 ? CLOCK_MINUTES : CLOCK_SECONDS).format(to);
        if (!to.toLocalDate().equals(from.toLocalDate())) {
            endText = (to.getSecond() == 0 ? DATE_MINUTES : DATE_SECONDS).format(to);
        }
        return (from.getSecond() == 0 ? DATE_MINUTES : DATE_SECONDS).format(from) + " to " + endText + " "
                + zoneName();
    }

    private String zoneName() {
        return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /** A length of time, e.g. {@code 1 h 5 min} or {@code 45 s}; numeric problems get a bare number of units. */
    public String duration(long seconds) {
        if (numbers) {
            return seconds + (seconds == 1 ? " time unit" : " time units");
        }
        if (seconds == 0) {
            return "0 s";
        }
        long abs = Math.abs(seconds);
        StringBuilder text = new StringBuilder(seconds < 0 ? "-" : "");
        long hours = abs / 3600;
        long minutes = abs % 3600 / 60;
        long rest = abs % 60;
        append(text, hours, "h");
        append(text, minutes, "min");
        append(text, rest, "s");
        return text.toString();
    }

    /** A distance: metres, or bare distance units for numeric (benchmark) problems. */
    public String distance(long meters) {
        return numbers ? meters + (meters == 1 ? " distance unit" : " distance units") : meters + " m";
    }

    private static void append(StringBuilder text, long value, String unit) {
        if (value == 0) {
            return;
        }
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '-') {
            text.append(' ');
        }
        text.append(value).append(' ').append(unit);
    }

    private ZonedDateTime zoned(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond).atZone(zone);
    }
}
