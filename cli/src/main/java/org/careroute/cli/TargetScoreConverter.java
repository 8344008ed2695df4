package org.careroute.cli;

import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Checks a target score such as {@code 0hard/0medium/-1000soft} while the command line is parsed. */
final class TargetScoreConverter implements ITypeConverter<String> {

    private static final Pattern SCORE = Pattern.compile("-?\\d{1,18}hard/-?\\d{1,18}medium/-?\\d{1,18}soft");

    @Override
    public String convert(String value) {
        String score = value.trim();
        if (!SCORE.matcher(score).matches()) {
            throw new TypeConversionException("'" + value + "' is not a score: write it like 0hard/0medium/-1000soft"
                    + " (hard, medium and soft levels, whole numbers).");
        }
        return score;
    }
}
