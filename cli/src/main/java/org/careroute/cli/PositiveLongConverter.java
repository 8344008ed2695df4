package org.careroute.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a whole number greater than zero, such as a move-count limit. */
final class PositiveLongConverter implements ITypeConverter<Long> {

    @Override
    public Long convert(String value) {
        long number;
        try {
            number = Long.parseLong(value.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number.");
        }
        if (number <= 0) {
            throw new TypeConversionException("'" + value + "' must be greater than 0.");
        }
        return number;
    }
}
