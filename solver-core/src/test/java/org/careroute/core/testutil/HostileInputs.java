package org.careroute.core.testutil;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Malformed, inconsistent and extreme variants of valid problem documents, for the hostile-input properties of the
 * library and of the command line. Every variant is a byte array (so that invalid UTF-8 and broken syntax are
 * possible) made by one to three random mutations of a valid document.
 */
public final class HostileInputs {

    /** Largest number of JSON nodes a repeated array element may add. */
    private static final long MAX_NODES = 2_000_000;

    private static final JsonFactory FACTORY = JsonFactory.builder().streamWriteConstraints(StreamWriteConstraints
            .builder().maxNestingDepth(100_000).build()).streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(100_000).build())
            .build();
    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY).enable(
            DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Values of the wrong type, out of range or absurd, put in place of any value. */
    private static final List<String> ODD_VALUES = List.of("null", "true", "false", "\"\"", "\"NaN\"",
            "\"Infinity\"", "\"-Infinity\"", "\"\\u0000\"", "\"\\ud83d\\udca5 \\u202e evil\"", "1e400", "-1e400",
            "1e-400", "-0.0", "0", "-1", "2147483648", "9223372036854775808", "-9223372036854775809",
            "123456789012345678901234567890", "1.7976931348623157e308", "{}", "[]", "[[]]", "{\"\": {}}",
            "\"PT-5M\"", "\"P1000000000D\"", "\"PT0S\"", "\"+999999999-12-31T23:59:59Z\"", "\"2027-13-45T99:00\"",
            "\"2027-03-28T02:30:00\"", "\"2027-10-31T02:30:00\"", "\"2027-03-28T02:30:00+01:00[Europe/Stockholm]\"",
            "\"../../../../etc/passwd\"", "\"http://127.0.0.1:9/\"", "\"Mars/Olympus\"", "\"osm\"", "\"matrix\"");
    private static final List<byte[]> BAD_UTF8 = List.of(new byte[]{(byte) 0xC3, (byte) 0x28},
            new byte[]{(byte) 0xFF}, new byte[]{(byte) 0xFE, (byte) 0xFF}, new byte[]{(byte) 0xED, (byte) 0xA0,
                    (byte) 0x80},
            new byte[]{(byte) 0xC0, (byte) 0xAF}, new byte[]{(byte) 0xE2, (byte) 0x82}, new byte[]{(byte) 0xF4,
                    (byte) 0x90, (byte) 0x80, (byte) 0x80},
            new byte[]{0});

    /** How a document was broken, for failure messages and the tally. */
    public record Variant(String description, byte[] bytes) {

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            String text = text();
            return description + ": " + (text.length() > 2000 ? text.substring(0, 2000) + "..." : text);
        }
    }

    private final Random random;
    private final List<String> steps = new ArrayList<>();

    private HostileInputs(long seed) {
        this.random = new Random(seed);
    }

    /** A hostile variant of {@code validJson}, reproducible from {@code seed}. */
    public static Variant mutate(String validJson, long seed) {
        return new HostileInputs(seed).apply(validJson);
    }

    private Variant apply(String validJson) {
        JsonNode doc = parse(validJson);
        int count = 1 + random.nextInt(3);
        byte[] bytes = null;
        for (int i = 0; i < count && bytes == null; i++) {
            int kind = random.nextInt(16);
            switch (kind) {
                case 0, 1 -> removeMember(doc);
                case 2, 3, 4 -> replaceValue(doc);
                case 5 -> danglingReference(doc);
                case 6 -> duplicateElement(doc);
                case 7 -> emptyArray(doc);
                case 8 -> giganticArray(doc);
                case 9 -> bytes = deepNesting(doc);
                case 10 -> longText(doc);
                case 11 -> bytes = duplicateKey(doc);
                case 12 -> bytes = invalidUtf8(serialize(doc));
                case 13 -> bytes = truncate(serialize(doc));
                case 14 -> bytes = flipByte(serialize(doc));
                default -> bytes = nonNumericNumber(serialize(doc));
            }
        }
        return new Variant(String.join(", ", steps), bytes == null ? serialize(doc) : bytes);
    }

    private void removeMember(JsonNode doc) {
        List<String> members = pointers(doc, true);
        String victim = members.get(random.nextInt(members.size()));
        steps.add("remove " + victim);
        ObjectNode parent = (ObjectNode) doc.at(parentOf(victim));
        parent.remove(lastOf(victim));
    }

    private void replaceValue(JsonNode doc) {
        String victim = anyPointer(doc);
        String value = ODD_VALUES.get(random.nextInt(ODD_VALUES.size()));
        steps.add("set " + victim + " = " + value);
        set(doc, victim, parse(value));
    }

    private void danglingReference(JsonNode doc) {
        int choice = random.nextInt(4);
        List<String> candidates = switch (choice) {
            case 0 -> pointersEndingWith(doc, "/requiredSkills");
            case 1 -> pointersEndingWith(doc, "/index");
            case 2 -> List.of("/constraintWeights");
            default -> pointersEndingWith(doc, "/timeZone");
        };
        if (candidates.isEmpty()) {
            replaceValue(doc);
            return;
        }
        String victim = candidates.get(random.nextInt(candidates.size()));
        JsonNode value = switch (choice) {
            case 0 -> parse("[\"no-such-skill-" + random.nextInt(100) + "\"]");
            case 1 -> NODES.numberNode(random.nextInt(50_000));
            case 2 -> parse("{\"no-such-rule\": 1, \"travel-time\": -5}");
            default -> NODES.textNode("Europe/Atlantis");
        };
        steps.add("dangling " + victim + " = " + value);
        if (victim.equals("/constraintWeights") || !doc.at(victim).isMissingNode()) {
            set(doc, victim, value);
        }
    }

    private void duplicateElement(JsonNode doc) {
        List<String> arrays = nonEmptyArrays(doc);
        if (arrays.isEmpty()) {
            replaceValue(doc);
            return;
        }
        String victim = arrays.get(random.nextInt(arrays.size()));
        ArrayNode array = (ArrayNode) doc.at(victim);
        int index = random.nextInt(array.size());
        steps.add("duplicate " + victim + "/" + index);
        array.insert(index, array.get(index).deepCopy());
    }

    private void emptyArray(JsonNode doc) {
        List<String> arrays = nonEmptyArrays(doc);
        if (arrays.isEmpty()) {
            replaceValue(doc);
            return;
        }
        String victim = arrays.get(random.nextInt(arrays.size()));
        steps.add("empty " + victim);
        ((ArrayNode) doc.at(victim)).removeAll();
    }

    private void giganticArray(JsonNode doc) {
        List<String> arrays = nonEmptyArrays(doc);
        if (arrays.isEmpty()) {
            replaceValue(doc);
            return;
        }
        String victim = arrays.get(random.nextInt(arrays.size()));
        ArrayNode array = (ArrayNode) doc.at(victim);
        int copies = random.nextInt(8) == 0 ? 20_000 : 100 + random.nextInt(2_000);
        JsonNode first = array.get(0);
        // mutations compound (an element repeated 20 000 times may itself hold 20 000 copies): keep the document
        // within a few million nodes, or the test JVM's heap (not the reader) is what gets tested
        long size = nodeCount(first, MAX_NODES);
        copies = (int) Math.max(1, Math.min(copies, MAX_NODES / size));
        steps.add("repeat " + victim + "/0 " + copies + " times");
        for (int i = 0; i < copies; i++) {
            array.add(first.deepCopy());
        }
    }

    /** Nodes of the tree, counting stops at {@code limit}. */
    private static long nodeCount(JsonNode node, long limit) {
        long count = 1;
        for (JsonNode child : node) {
            if (count >= limit) {
                return limit;
            }
            count += nodeCount(child, limit - count);
        }
        return Math.min(count, limit);
    }

    /** The document with a value nested deeply at a random place; the last mutation, as bytes. */
    private byte[] deepNesting(JsonNode doc) {
        String victim = anyPointer(doc);
        int depth = 10 + random.nextInt(random.nextBoolean() ? 60 : 5_000);
        steps.add("nest " + victim + " " + depth + " deep");
        JsonNode value = NODES.numberNode(1);
        for (int i = 0; i < depth; i++) {
            value = random.nextBoolean() ? NODES.arrayNode().add(value) : NODES.objectNode().set("a", value);
        }
        set(doc, victim, value);
        return serialize(doc);
    }

    private void longText(JsonNode doc) {
        String victim = anyPointer(doc);
        int length = random.nextBoolean() ? 1_000 + random.nextInt(50_000) : 100_001 + random.nextInt(200_000);
        steps.add("text of " + length + " characters at " + victim);
        set(doc, victim, NODES.textNode("x".repeat(length)));
    }

    /** The document with one object's first member written twice. */
    private byte[] duplicateKey(JsonNode doc) {
        List<String> objects = new ArrayList<>();
        collect(doc, "", (pointer, node) -> {
            if (node.isObject() && !node.isEmpty()) {
                objects.add(pointer);
            }
        });
        String victim = objects.get(random.nextInt(objects.size()));
        steps.add("duplicate key in " + (victim.isEmpty() ? "/" : victim));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(doc, "", victim, generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(JsonNode node, String pointer, String victim, JsonGenerator generator)
            throws IOException {
        if (node.isObject()) {
            generator.writeStartObject();
            boolean first = true;
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                String child = pointer + "/" + escape(member.getKey());
                generator.writeFieldName(member.getKey());
                write(member.getValue(), child, victim, generator);
                if (first && pointer.equals(victim)) {
                    generator.writeFieldName(member.getKey());
                    write(member.getValue(), child, victim, generator);
                }
                first = false;
            }
            generator.writeEndObject();
        } else if (node.isArray()) {
            generator.writeStartArray();
            for (int i = 0; i < node.size(); i++) {
                write(node.get(i), pointer + "/" + i, victim, generator);
            }
            generator.writeEndArray();
        } else {
            generator.writeTree(node);
        }
    }

    private byte[] invalidUtf8(byte[] bytes) {
        byte[] bad = BAD_UTF8.get(random.nextInt(BAD_UTF8.size()));
        int at = random.nextBoolean() ? insideString(bytes) : random.nextInt(bytes.length + 1);
        steps.add("invalid UTF-8 " + hex(bad) + " at byte " + at);
        byte[] result = new byte[bytes.length + bad.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(bad, 0, result, at, bad.length);
        System.arraycopy(bytes, at, result, at + bad.length, bytes.length - at);
        return result;
    }

    private int insideString(byte[] bytes) {
        List<Integer> quotes = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '"') {
                quotes.add(i + 1);
            }
        }
        return quotes.isEmpty() ? 0 : quotes.get(random.nextInt(quotes.size()));
    }

    private byte[] truncate(byte[] bytes) {
        int length = random.nextInt(bytes.length);
        steps.add("truncate to " + length + " bytes");
        byte[] result = new byte[length];
        System.arraycopy(bytes, 0, result, 0, length);
        return result;
    }

    private byte[] flipByte(byte[] bytes) {
        int at = random.nextInt(bytes.length);
        byte value = (byte) random.nextInt(256);
        steps.add("byte " + at + " = " + hex(new byte[]{value}));
        byte[] result = bytes.clone();
        result[at] = value;
        return result;
    }

    private byte[] nonNumericNumber(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<Integer> colons = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ':' && i + 1 < text.length() && (Character.isDigit(text.charAt(i + 1))
                    || text.charAt(i + 1) == '-')) {
                colons.add(i + 1);
            }
        }
        String token = List.of("NaN", "Infinity", "-Infinity", "+1", "0x1F", "1_000", ".5").get(random.nextInt(7));
        if (colons.isEmpty()) {
            steps.add("append " + token);
            return (text + token).getBytes(StandardCharsets.UTF_8);
        }
        int at = colons.get(random.nextInt(colons.size()));
        steps.add("number token " + token + " at " + at);
        return (text.substring(0, at) + token + "," + text.substring(at)).replace(token + ",,", token + ",")
                .getBytes(StandardCharsets.UTF_8);
    }

    // --- tree helpers

    private String anyPointer(JsonNode doc) {
        List<String> all = pointers(doc, false);
        return all.get(random.nextInt(all.size()));
    }

    /** Every pointer below the root; only object members when {@code membersOnly}. */
    private static List<String> pointers(JsonNode doc, boolean membersOnly) {
        List<String> result = new ArrayList<>();
        collect(doc, "", (pointer, node) -> {
            if (!pointer.isEmpty() && (!membersOnly || doc.at(parentOf(pointer)).isObject())) {
                result.add(pointer);
            }
        });
        return result;
    }

    private static List<String> pointersEndingWith(JsonNode doc, String suffix) {
        return pointers(doc, false).stream().filter(pointer -> pointer.endsWith(suffix)).toList();
    }

    private static List<String> nonEmptyArrays(JsonNode doc) {
        List<String> result = new ArrayList<>();
        collect(doc, "", (pointer, node) -> {
            if (node.isArray() && !node.isEmpty()) {
                result.add(pointer);
            }
        });
        return result;
    }

    private static void set(JsonNode doc, String pointer, JsonNode value) {
        JsonNode parent = doc.at(parentOf(pointer));
        if (parent instanceof ObjectNode object) {
            object.set(lastOf(pointer), value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(lastOf(pointer)), value);
        }
    }

    private static String parentOf(String pointer) {
        return pointer.substring(0, pointer.lastIndexOf('/'));
    }

    private static String lastOf(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    @FunctionalInterface
    public interface Visitor {
        void visit(String pointer, JsonNode node);
    }

    public static void collect(JsonNode node, String pointer, Visitor visitor) {
        visitor.visit(pointer, node);
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                collect(entry.getValue(), pointer + "/" + escape(entry.getKey()), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, visitor);
            }
        }
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] serialize(JsonNode doc) {
        try {
            return MAPPER.writeValueAsBytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(String.format("%02X", b & 0xFF));
        }
        return text.toString();
    }
}
