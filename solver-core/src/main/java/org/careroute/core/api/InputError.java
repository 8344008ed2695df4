package org.careroute.core.api;

/**
 * One problem found in an input.
 *
 * @param source
 *            the file name (or another description of where the input came from)
 * @param pointer
 *            the JSON pointer (RFC 6901) of the offending value, {@code ""} for the whole document
 * @param message
 *            what is wrong and, where possible, how to fix it
 */
public record InputError(String source, String pointer, String message) {

    @Override
    public String toString() {
        return source + ": " + (pointer.isEmpty() ? "(document)" : pointer) + ": " + message;
    }
}
