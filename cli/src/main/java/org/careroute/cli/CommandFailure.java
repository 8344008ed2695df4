package org.careroute.cli;

import java.util.List;

/**
 * A failure the user can fix (missing file, unwritable directory...): its lines are printed as they are, without a
 * stack trace, and the command exits with {@link ExitCodes#BAD_INPUT}.
 */
final class CommandFailure extends RuntimeException {

    private final List<String> lines;

    CommandFailure(String line) {
        this(List.of(line));
    }

    CommandFailure(List<String> lines) {
        super(String.join(System.lineSeparator(), lines), null, false, false);
        this.lines = List.copyOf(lines);
    }

    List<String> lines() {
        return lines;
    }
}
