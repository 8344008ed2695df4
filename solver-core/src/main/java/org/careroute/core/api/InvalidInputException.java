package org.careroute.core.api;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when an input (problem or plan) is malformed or inconsistent; carries every problem found. */
public final class InvalidInputException extends RuntimeException {

    /** Every problem found, in the order found. */
    private final List<InputError> errors;

    /**
     * Creates the exception; its message lists every error, one a line.
     *
     * @param errors
     *            every problem found, at least one
     */
    public InvalidInputException(List<InputError> errors) {
        super(errors.stream().map(InputError::toString).collect(Collectors.joining(System.lineSeparator())));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("An invalid input needs at least one error.");
        }
        this.errors = List.copyOf(errors);
    }

    /**
     * Every problem found.
     *
     * @return the errors, never empty
     */
    public List<InputError> errors() {
        return errors;
    }
}
