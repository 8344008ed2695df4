package org.careroute.datasets.uhhc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** A JSON value with its source and JSON pointer, for typed reads that fail with a precise message. */
record Json(String source, String pointer, JsonNode node) {

    UhhcFormatException error(String problem) {
        return new UhhcFormatException(source, pointer, problem);
    }

    boolean has(String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    /** The first of the given fields present (not null), as the pydantic alias choices pick it; null if none. */
    Json firstOf(String... fields) {
        for (String field : fields) {
            if (has(field)) {
                return get(field);
            }
        }
        return null;
    }

    Json get(String field) {
        return new Json(source, pointer + "/" + field.replace("~", "~0").replace("/", "~1"), node.get(field));
    }

    Json required(String... fields) {
        Json value = firstOf(fields);
        if (value == null) {
            throw error("missing field '" + String.join("' (or '", fields) + (fields.length > 1 ? "')" : "'")
                    + ".");
        }
        return value;
    }

    Json object() {
        if (!node.isObject()) {
            throw error("must be an object, got " + describe() + ".");
        }
        return this;
    }

    List<Json> array() {
        if (!node.isArray()) {
            throw error("must be a list, got " + describe() + ".");
        }
        List<Json> items = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            items.add(new Json(source, pointer + "/" + i, node.get(i)));
        }
        return items;
    }

    <T> List<T> list(Function<Json, T> reader) {
        return array().stream().map(reader).toList();
    }

    String text() {
        if (!node.isTextual()) {
            throw error("must be a string, got " + describe() + ".");
        }
        return node.asText();
    }

    String nonEmptyText() {
        String text = text();
        if (text.isEmpty()) {
            throw error("must not be empty.");
        }
        return text;
    }

    double number() {
        if (!node.isNumber()) {
            throw error("must be a number, got " + describe() + ".");
        }
        return node.asDouble();
    }

    double nonNegative() {
        double value = number();
        if (value < 0) {
            throw error("must not be negative, got " + node + ".");
        }
        return value;
    }

    /** A whole number; like pydantic's int, a float is accepted only without a fractional part. */
    long integer() {
        double value = number();
        if (value != Math.rint(value) || Double.isInfinite(value)) {
            throw error("must be a whole number, got " + node + ".");
        }
        return node.isIntegralNumber() ? node.asLong() : (long) value;
    }

    int index() {
        long value = integer();
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw error("must be a non-negative index, got " + node + ".");
        }
        return (int) value;
    }

    boolean bool() {
        if (!node.isBoolean()) {
            throw error("must be true or false, got " + describe() + ".");
        }
        return node.asBoolean();
    }

    Set<String> textSet() {
        Set<String> values = new LinkedHashSet<>();
        for (Json item : array()) {
            values.add(item.text());
        }
        return values;
    }

    /** A pair of numbers written as a two-element list. */
    double[] pair() {
        List<Json> items = array();
        if (items.size() != 2) {
            throw error("must be a pair of two numbers, got " + node + ".");
        }
        return new double[]{items.get(0).number(), items.get(1).number()};
    }

    private String describe() {
        return node == null || node.isNull() ? "null" : node.getNodeType().name().toLowerCase() + " " + abbreviated();
    }

    private String abbreviated() {
        String text = node.toString();
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
