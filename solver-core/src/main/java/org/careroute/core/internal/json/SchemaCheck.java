package org.careroute.core.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.careroute.core.api.InputError;
import org.careroute.core.internal.validate.JsonPointers;
import org.careroute.core.internal.validate.Suggestions;

/** One of the shipped JSON schemas, and the translation of its errors into {@link InputError}s. */
final class SchemaCheck {

    static final String PROBLEM_SCHEMA = "/org/careroute/core/schema/problem-v1.schema.json";
    static final String PLAN_SCHEMA = "/org/careroute/core/schema/plan-v1.schema.json";

    private static final int MAX_SHOWN_VALUE = 60;
    /** Most entries of a skill list (the solver numbers at most 64 skills). */
    static final int MAX_SKILL_ITEMS = 64;
    /** Most entries of any list. */
    static final int MAX_ARRAY_ITEMS = 1_000_000;
    private static final int MAX_SIZE_ERRORS = 100;
    private static final BigDecimal LARGEST = new BigDecimal(Long.MAX_VALUE);

    private final JsonNode schemaNode;
    private final Schema schema;

    private SchemaCheck(JsonNode schemaNode, Schema schema) {
        this.schemaNode = schemaNode;
        this.schema = schema;
    }

    static SchemaCheck load(String resource, ObjectMapper mapper) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The JSON schema " + resource + " is missing from the classpath.");
            }
            JsonNode node = mapper.readTree(in);
            SchemaRegistryConfig config = SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).locale(
                    Locale.ENGLISH).build();
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemaRegistryConfig(config));
            Schema schema = registry.getSchema(node);
            schema.initializeValidators();
            return new SchemaCheck(node, schema);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the JSON schema " + resource, e);
        }
    }

    /** Every schema violation of {@code document}, in document order. */
    List<InputError> validate(JsonNode document, String source) {
        List<InputError> errors = new ArrayList<>();
        oversizedArrays(document, "", "", source, errors);
        if (!errors.isEmpty()) {
            // the validator's uniqueItems check is quadratic: refuse gigantic skill lists before it runs
            return errors;
        }
        hugeNumbers(document, "", source, errors);
        Set<InputError> known = new HashSet<>();
        Set<String> reported = new HashSet<>();
        errors.forEach(error -> reported.add(error.pointer()));
        for (Error error : schema.validate(document)) {
            String pointer = pointer(error.getInstanceLocation());
            if (reported.contains(pointer)) {
                continue;
            }
            String message = message(error);
            if ("additionalProperties".equals(error.getKeyword()) && error.getProperty() != null) {
                pointer = JsonPointers.child(pointer, error.getProperty());
            }
            InputError inputError = new InputError(source, pointer, message);
            if (known.add(inputError)) {
                errors.add(inputError);
            }
        }
        return errors;
    }

    /**
     * Skill lists longer than {@link #MAX_SKILL_ITEMS} (a problem can use at most 64 skills) and arrays longer than
     * {@link #MAX_ARRAY_ITEMS}.
     */
    private static void oversizedArrays(JsonNode node, String pointer, String name, String source,
            List<InputError> errors) {
        if (node.isArray()) {
            boolean skills = name.equals("skills") || name.equals("requiredSkills");
            if (skills && node.size() > MAX_SKILL_ITEMS) {
                errors.add(new InputError(source, pointer, "Lists " + node.size() + " skills; a caregiver or visit"
                        + " can list at most " + MAX_SKILL_ITEMS + " (each skill once)."));
            } else if (node.size() > MAX_ARRAY_ITEMS) {
                errors.add(new InputError(source, pointer, "Has " + node.size() + " entries, more than the "
                        + MAX_ARRAY_ITEMS + " careroute reads in one list; split the problem."));
            }
            for (int i = 0; i < node.size() && errors.size() < MAX_SIZE_ERRORS; i++) {
                oversizedArrays(node.get(i), JsonPointers.child(pointer, i), "", source, errors);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                oversizedArrays(entry.getValue(), JsonPointers.child(pointer, entry.getKey()), entry.getKey(),
                        source, errors);
            }
        }
    }

    /**
     * Numbers beyond the range of a {@code long} are out of every bound of the format. The validator library does
     * not reliably flag those beyond the range of a {@code double} (1e400) for integer properties, so they are
     * caught here.
     */
    private static void hugeNumbers(JsonNode node, String pointer, String source, List<InputError> errors) {
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue();
            if (value.abs().compareTo(LARGEST) > 0) {
                errors.add(new InputError(source, pointer, "Value " + show(node) + " is out of range: no number in"
                        + " this format is that large."));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                hugeNumbers(node.get(i), JsonPointers.child(pointer, i), source, errors);
            }
        } else if (node.isObject()) {
            node.properties().forEach(entry -> hugeNumbers(entry.getValue(), JsonPointers.child(pointer, entry
                    .getKey()), source, errors));
        }
    }

    private static String pointer(NodePath path) {
        String pointer = "";
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer = element instanceof Integer index
                    ? JsonPointers.child(pointer, index)
                    : JsonPointers.child(pointer, String.valueOf(element));
        }
        return pointer;
    }

    private String message(Error error) {
        JsonNode value = error.getInstanceNode();
        return switch (error.getKeyword()) {
            case "additionalProperties" -> unknownProperty(error);
            case "required" -> "Required property '" + error.getProperty() + "' is missing.";
            case "type" -> "Wrong type: expected " + expectedType(error) + " but found " + show(value) + ".";
            case "const" -> "Must be " + error.getSchemaNode() + " but is " + show(value) + ".";
            case "enum" -> "Must be one of " + error.getSchemaNode() + " but is " + show(value) + ".";
            case "minimum" -> outOfRange(value, "at least " + error.getSchemaNode());
            case "maximum" -> outOfRange(value, "at most " + error.getSchemaNode());
            case "exclusiveMinimum" -> outOfRange(value, "greater than " + error.getSchemaNode());
            case "exclusiveMaximum" -> outOfRange(value, "less than " + error.getSchemaNode());
            case "minLength" -> error.getSchemaNode().asInt() == 1
                    ? "Must not be empty."
                    : "Must be at least " + error.getSchemaNode() + " characters long.";
            case "maxLength" -> "Is longer than the maximum of " + error.getSchemaNode() + " characters.";
            case "uniqueItems" -> "Each entry must appear only once, but " + show(value) + " repeats one.";
            case "dependentRequired" -> "Property '" + error.getArguments()[0] + "' is missing: it belongs"
                    + " together with '" + error.getProperty() + "'.";
            default -> capitalize(error.getMessage()) + (value != null && value.isValueNode()
                    ? " (found " + show(
                            value) + ")."
                    : ".");
        };
    }

    private static String outOfRange(JsonNode value, String bound) {
        return "Value " + (value == null ? "" : value.toString() + " ") + "is out of range: it must be " + bound
                + ".";
    }

    private static String expectedType(Error error) {
        JsonNode type = error.getSchemaNode();
        if (type != null && type.isArray()) {
            List<String> names = new ArrayList<>();
            type.forEach(t -> names.add(t.asText()));
            return String.join(" or ", names);
        }
        return type == null ? "another type" : type.asText();
    }

    private String unknownProperty(Error error) {
        String property = error.getProperty();
        List<String> known = new ArrayList<>();
        NodePath fragment = error.getSchemaLocation().getFragment();
        JsonNode owner = schemaNode;
        for (int i = 0; i < fragment.getNameCount() - 1 && owner != null; i++) {
            Object element = fragment.getElement(i);
            owner = element instanceof Integer index ? owner.get(index) : owner.get(String.valueOf(element));
        }
        if (owner != null && owner.has("properties")) {
            owner.get("properties").fieldNames().forEachRemaining(known::add);
        }
        String hint = known.isEmpty()
                ? "."
                : Suggestions.didYouMean(property, known) + " Allowed here: " + String
                        .join(", ", known) + ".";
        return "Unknown property '" + property + "'" + hint;
    }

    private static String show(JsonNode value) {
        if (value == null) {
            return "nothing";
        }
        String kind = value.isTextual()
                ? "string "
                : value.isNumber()
                        ? "number "
                        : value.isBoolean()
                                ? "boolean "
                                : value.isNull() ? "" : value.isArray() ? "an array " : "an object ";
        String text = value.toString();
        if (text.length() > MAX_SHOWN_VALUE) {
            text = text.substring(0, MAX_SHOWN_VALUE) + "...";
        }
        return kind + text;
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
