package org.careroute.core.internal.validate;

/** Building RFC 6901 JSON pointers. */
public final class JsonPointers {

    private JsonPointers() {
    }

    /** Appends one reference token, escaping {@code ~} and {@code /}. */
    public static String child(String pointer, String token) {
        return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }
}
