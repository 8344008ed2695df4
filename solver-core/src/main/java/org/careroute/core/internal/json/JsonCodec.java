package org.careroute.core.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.careroute.core.api.InputError;
import org.careroute.core.api.InvalidInputException;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.core.internal.json.PlanDtos.PlanDto;
import org.careroute.core.internal.json.ProblemDtos.ProblemDto;
import org.careroute.core.internal.validate.ProblemChecks;

/**
 * The careroute JSON format, version 1: parse, schema-check, map and semantically check problems; the same for
 * plans; write both. Stateless and thread-safe.
 */
public final class JsonCodec {

    /** Deepest nesting of arrays and objects accepted; the format itself needs 6. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest string accepted (characters), e.g. a name or an id. */
    public static final int MAX_STRING_LENGTH = 100_000;
    /** Longest number accepted (characters). */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** Longest property name accepted (characters). */
    public static final int MAX_NAME_LENGTH = 1_000;
    /** Default largest document accepted (bytes); the system property {@value #MAX_INPUT_PROPERTY} overrides it. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 256L * 1024 * 1024;
    /** System property with the largest document accepted, in bytes. */
    public static final String MAX_INPUT_PROPERTY = "careroute.maxInputBytes";

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .build())
            .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());
    private static final SchemaCheck PROBLEM_SCHEMA = SchemaCheck.load(SchemaCheck.PROBLEM_SCHEMA, MAPPER);
    private static final SchemaCheck PLAN_SCHEMA = SchemaCheck.load(SchemaCheck.PLAN_SCHEMA, MAPPER);

    private JsonCodec() {
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    /** Reads a problem from JSON bytes (any Unicode encoding) or text. */
    public static Problem readProblem(byte[] json, String source) {
        checkSize(json.length, source);
        checkUtf8(json, source);
        return readProblem(parse(() -> MAPPER.readTree(json), () -> MAPPER.createParser(json), source), source);
    }

    public static Problem readProblem(String json, String source) {
        checkSize(json.length(), source);
        return readProblem(parse(() -> MAPPER.readTree(json), () -> MAPPER.createParser(json), source), source);
    }

    /** The largest document accepted, in bytes: {@value #MAX_INPUT_PROPERTY} or 256 MiB. */
    public static long maxInputBytes() {
        String property = System.getProperty(MAX_INPUT_PROPERTY);
        if (property != null) {
            try {
                long limit = Long.parseLong(property.strip());
                if (limit > 0) {
                    return limit;
                }
            } catch (NumberFormatException e) {
                // fall back to the default below
            }
        }
        return DEFAULT_MAX_INPUT_BYTES;
    }

    /**
     * Refuses a document of {@code bytes} bytes above {@link #maxInputBytes()} before it is read into memory.
     *
     * @throws InvalidInputException
     *             naming the size, the limit and what to do
     */
    public static void checkSize(long bytes, String source) {
        long limit = maxInputBytes();
        if (bytes > limit) {
            throw invalid(source, String.format(java.util.Locale.ROOT, "The document is %,d bytes, more than the"
                    + " %,d bytes careroute reads. Split the region into smaller problems (per team or per area), or"
                    + " raise the limit with -D%s=BYTES (JAVA_OPTS for the command line) if the machine has the"
                    + " memory.", bytes, limit, MAX_INPUT_PROPERTY));
        }
    }

    private static Problem readProblem(JsonNode root, String source) {
        List<InputError> errors = new ArrayList<>(PROBLEM_SCHEMA.validate(root, source));
        if (errors.isEmpty()) {
            ProblemDto dto = convert(root, ProblemDto.class, source);
            Problem problem = ProblemReader.read(dto, source, errors);
            if (problem != null && errors.isEmpty()) {
                errors.addAll(ProblemChecks.run(problem, source, (arrayPointer, skills, skill) -> indexIn(root,
                        arrayPointer, skills, skill)));
                if (errors.isEmpty()) {
                    return problem;
                }
                throw new InvalidInputException(errors);
            }
        }
        Set<InputError> known = new HashSet<>(errors);
        for (InputError later : laterStageErrors(root, errors, source)) {
            if (known.add(later)) {
                errors.add(later);
            }
        }
        throw new InvalidInputException(errors);
    }

    /**
     * Reports every problem at once: when the schema or mapping errors are confined to some caregivers and visits,
     * the rest of the document still goes through mapping and semantic checks. Best effort: if the rest cannot be
     * mapped,
     * only the schema errors are reported.
     */
    private static List<InputError> laterStageErrors(JsonNode root, List<InputError> earlier, String source) {
        PrunedDocument pruned = PrunedDocument.of(root, earlier);
        if (pruned == null) {
            return List.of();
        }
        List<InputError> later = new ArrayList<>();
        try {
            ProblemDto dto = MAPPER.treeToValue(pruned.root(), ProblemDto.class);
            Problem problem = ProblemReader.read(dto, source, later);
            if (problem != null) {
                later.addAll(ProblemChecks.run(problem, source, (arrayPointer, skills, skill) -> indexIn(pruned
                        .root(), arrayPointer, skills, skill)));
            }
        } catch (JsonProcessingException | RuntimeException e) {
            return List.of();
        }
        List<InputError> result = new ArrayList<>();
        for (InputError error : later) {
            if (pruned.isTrustworthy(error)) {
                result.add(pruned.toOriginal(error));
            }
        }
        return result;
    }

    private static int indexIn(JsonNode root, String arrayPointer, Set<String> skills, String skill) {
        JsonNode array = root.at(arrayPointer);
        for (int i = 0; i < array.size(); i++) {
            if (skill.equals(array.get(i).asText())) {
                return i;
            }
        }
        return ProblemChecks.SkillPositions.SORTED.indexOf(arrayPointer, skills, skill);
    }

    public static void writeProblem(Problem problem, Writer out) throws IOException {
        WRITER.writeValue(out, ProblemWriter.toDto(problem));
        out.write('\n');
        out.flush();
    }

    public static Plan readPlan(byte[] json, String source) {
        checkSize(json.length, source);
        checkUtf8(json, source);
        return readPlan(parse(() -> MAPPER.readTree(json), () -> MAPPER.createParser(json), source), source);
    }

    public static Plan readPlan(String json, String source) {
        checkSize(json.length(), source);
        return readPlan(parse(() -> MAPPER.readTree(json), () -> MAPPER.createParser(json), source), source);
    }

    private static Plan readPlan(JsonNode root, String source) {
        List<InputError> errors = new ArrayList<>(PLAN_SCHEMA.validate(root, source));
        if (errors.isEmpty()) {
            Plan plan = PlanMapping.fromDto(convert(root, PlanDto.class, source), source, errors);
            if (plan != null) {
                return plan;
            }
        }
        throw new InvalidInputException(errors);
    }

    public static void writePlan(Plan plan, Problem problem, Writer out) throws IOException {
        WRITER.writeValue(out, PlanMapping.toDto(plan, problem));
        out.write('\n');
        out.flush();
    }

    @FunctionalInterface
    private interface TreeParser {
        JsonNode parse() throws IOException;
    }

    /** The document's root object; anything else (empty, malformed, not an object) is an input error. */
    private static JsonNode parse(TreeParser parser, ParserOpener opener, String source) {
        JsonNode root;
        try {
            root = parser.parse();
        } catch (StreamConstraintsException e) {
            Place place = locate(opener);
            throw new InvalidInputException(List.of(new InputError(source, place.pointer(), limitMessage(e, place
                    .where()))));
        } catch (NumberFormatException e) {
            Place place = locate(opener);
            throw new InvalidInputException(List.of(new InputError(source, place.pointer(), "A number cannot be read"
                    + place.where() + " (" + e.getMessage().lines().findFirst().orElse("") + ")"
                    + "; write plain numbers like 1800 or 59.38, without huge exponents.")));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw invalid(source, "Not valid JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw invalid(source, "Cannot read the JSON: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw invalid(source, "The file is empty; expected a JSON object like {\"formatVersion\": \"1\", ...}.");
        }
        if (!root.isObject()) {
            throw invalid(source, "Expected a JSON object {...} at the top level but found " + kind(root) + ".");
        }
        return root;
    }

    @FunctionalInterface
    private interface ParserOpener {
        JsonParser open() throws IOException;
    }

    /** Where in the document a limit is hit: the document is streamed up to there. */
    private record Place(String pointer, String where) {
    }

    private static Place locate(ParserOpener opener) {
        try (JsonParser parser = opener.open()) {
            try {
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    if (token == JsonToken.VALUE_STRING) {
                        parser.getText(); // decodes the whole string, where the length limit applies
                    } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                        parser.getDecimalValue(); // decodes the number, where an absurd exponent fails
                    }
                }
            } catch (IOException | NumberFormatException e) {
                JsonLocation at = parser.currentLocation();
                return new Place(parser.getParsingContext().pathAsPointer().toString(), at == null
                        ? ""
                        : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
            }
        } catch (IOException | RuntimeException e) {
            return new Place("", "");
        }
        return new Place("", "");
    }

    private static String limitMessage(StreamConstraintsException e, String where) {
        String original = String.valueOf(e.getOriginalMessage());
        String what;
        if (original.contains("nesting depth")) {
            what = "Arrays and objects are nested more than " + MAX_NESTING_DEPTH + " levels deep" + where
                    + "; a careroute problem nests at most a few levels. Check that this is a careroute file.";
        } else if (original.contains("Number value length")) {
            what = "A number has more than " + MAX_NUMBER_LENGTH + " digits" + where
                    + "; write plain numbers like 1800 or 59.38.";
        } else if (original.contains("Name length")) {
            what = "A property name is longer than " + MAX_NAME_LENGTH + " characters" + where
                    + "; check the file for a missing quote.";
        } else if (original.contains("String value length")) {
            what = "A text value is longer than " + MAX_STRING_LENGTH + " characters" + where
                    + "; shorten it (ids and names are short) or check the file for a missing quote.";
        } else {
            what = "The document exceeds a safety limit" + where + ": " + original;
        }
        return what;
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static <T> T convert(JsonNode root, Class<T> type, String source) {
        try {
            return MAPPER.treeToValue(root, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // The schema admits only documents the wire records can hold; this guards against a gap between them.
            throw invalid(source, "Cannot map the document: " + e.getMessage());
        }
    }

    /**
     * Refuses bytes that are not well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
     * U+10FFFF, no cut-off sequence). Jackson refuses most such bytes itself but decodes a four-byte sequence above
     * U+10FFFF (e.g. F4 90 80 80) into a broken surrogate pair, which the plan writer then cannot encode.
     */
    private static void checkUtf8(byte[] json, String source) {
        int line = 1;
        int i = 0;
        while (i < json.length) {
            int b = json[i] & 0xFF;
            if (b < 0x80) {
                line += b == '\n' ? 1 : 0;
                i++;
                continue;
            }
            int length;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                min = 0x10000;
            } else {
                throw notUtf8(source, i, line, json);
            }
            if (i + length > json.length) {
                throw notUtf8(source, i, line, json);
            }
            int codePoint = b & (0xFF >> (length + 1));
            for (int k = 1; k < length; k++) {
                int next = json[i + k] & 0xFF;
                if ((next & 0xC0) != 0x80) {
                    throw notUtf8(source, i, line, json);
                }
                codePoint = codePoint << 6 | next & 0x3F;
            }
            if (codePoint < min || codePoint > 0x10FFFF || codePoint >= 0xD800 && codePoint <= 0xDFFF) {
                throw notUtf8(source, i, line, json);
            }
            i += length;
        }
    }

    private static InvalidInputException notUtf8(String source, int offset, int line, byte[] json) {
        StringBuilder bytes = new StringBuilder();
        for (int k = offset; k < Math.min(json.length, offset + 4); k++) {
            bytes.append(String.format("%02X", json[k] & 0xFF));
        }
        return invalid(source, "The file is not valid UTF-8 at byte " + offset + " (line " + line + "): " + bytes
                + " is no character; save the file as UTF-8.");
    }

    private static InvalidInputException invalid(String source, String message) {
        return new InvalidInputException(List.of(new InputError(source, "", message)));
    }
}
