package org.careroute.datasets.uhhc;

/**
 * A UHHC instance or solution file that does not follow the format of {@code spec/instance_models.py} /
 * {@code spec/solution_models.py}. The message names the file and the JSON pointer of the bad value, e.g.
 * {@code A1.json: /patients/3/time_windows/0: start (50) must not be after end (40).}
 */
public final class UhhcFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String pointer;

    public UhhcFormatException(String source, String pointer, String problem) {
        super(source + ": " + (pointer.isEmpty() ? "(document)" : pointer) + ": " + problem);
        this.source = source;
        this.pointer = pointer;
    }

    /** The file (or other source name) the bad value is in. */
    public String source() {
        return source;
    }

    /** The JSON pointer of the bad value; empty for the whole document. */
    public String pointer() {
        return pointer;
    }
}
