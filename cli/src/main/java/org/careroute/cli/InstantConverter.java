package org.careroute.cli;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a point in time: an ISO-8601 date-time with offset ({@code 2027-03-01T10:30+01:00}), optionally with a zone
 * ({@code 2027-03-01T10:30+01:00[Europe/Stockholm]}), or a number of seconds since the epoch (for problems with
 * numeric times).
 */
final class InstantConverter implements ITypeConverter<Instant> {

    @Override
    public Instant convert(String value) {
        String text = value.trim();
        if (text.matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(text));
        }
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, ZonedDateTime::from,
                    OffsetDateTime::from);
            return parsed instanceof ZonedDateTime zoned ? zoned.toInstant() : ((OffsetDateTime) parsed).toInstant();
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date-time with offset; write it like"
                    + " 2027-03-01T10:30+01:00 (or seconds since the epoch for problems with numeric times).");
        }
    }
}
