package org.careroute.core.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import org.careroute.core.api.InputError;
import org.careroute.core.api.InvalidInputException;
import org.careroute.core.api.ProblemValidator;
import org.careroute.core.api.model.Problem;

@Tag("slow")
class JsonPropertiesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Properties no object of the format may lack where they appear. */
    private static final Set<String> REQUIRED = Set.of("formatVersion", "caregivers", "visits", "id", "shifts",
            "start", "end", "startLocation", "location", "duration", "lat", "lon", "x", "y", "index", "mode",
            "durations", "distances");

    @Property(tries = 300)
    void randomValidProblem_roundTripsEqual(@ForAll long seed) {
        Problem problem = RandomProblems.problem(seed);
        assertThat(ProblemValidator.validate(problem, "random")).isEmpty();
        String json = RoundTripTest.write(problem);
        Problem read = CarerouteJson.readProblem(json, "random.json");
        assertThat(read).isEqualTo(problem);
        assertThat(RoundTripTest.write(read)).isEqualTo(json);
    }

    @Property(tries = 500)
    void droppedRequiredField_isReportedAtExistingPointer(@ForAll long seed) throws Exception {
        Random random = new Random(seed);
        JsonNode doc = MAPPER.readTree(RoundTripTest.write(RandomProblems.problem(seed)));
        List<String> candidates = new ArrayList<>();
        collect(doc, "", (pointer, node) -> {
            String last = JsonPointer.compile(pointer).last() == null
                    ? ""
                    : JsonPointer.compile(pointer).last()
                            .getMatchingProperty();
            if (!pointer.isEmpty() && REQUIRED.contains(last)
                    && !pointer.matches(".*/(speedsKmh|constraintWeights)/.*")) {
                candidates.add(pointer);
            }
        });
        String victim = candidates.get(random.nextInt(candidates.size()));
        JsonPointer path = JsonPointer.compile(victim);
        ((ObjectNode) doc.at(path.head())).remove(path.last().getMatchingProperty());
        assertRejectedWithExistingPointers(doc);
    }

    @Property(tries = 500)
    void valueReplacedByWrongType_isReportedAtExistingPointer(@ForAll long seed) throws Exception {
        Random random = new Random(seed);
        JsonNode doc = MAPPER.readTree(RoundTripTest.write(RandomProblems.problem(seed)));
        List<String> candidates = new ArrayList<>();
        collect(doc, "", (pointer, node) -> {
            if (!pointer.isEmpty()) {
                candidates.add(pointer);
            }
        });
        String victim = candidates.get(random.nextInt(candidates.size()));
        JsonNode original = doc.at(victim);
        List<JsonNode> wrong = new ArrayList<>(List.of(JsonNodeFactory.instance.nullNode(), DecimalNode.valueOf(
                new java.math.BigDecimal("1e400"))));
        if (!original.isBoolean()) {
            wrong.add(JsonNodeFactory.instance.booleanNode(true));
        }
        if (!original.isTextual()) {
            wrong.add(JsonNodeFactory.instance.textNode("NaN"));
        }
        if (!original.isArray()) {
            wrong.add(JsonNodeFactory.instance.arrayNode());
        }
        replace(doc, victim, wrong.get(random.nextInt(wrong.size())));
        assertRejectedWithExistingPointers(doc);
    }

    private static void assertRejectedWithExistingPointers(JsonNode doc) {
        String json = doc.toString();
        Throwable thrown = catchThrowable(() -> CarerouteJson.readProblem(json, "mutated.json"));
        assertThat(thrown).as(json).isInstanceOf(InvalidInputException.class);
        List<InputError> errors = ((InvalidInputException) thrown).errors();
        assertThat(errors).isNotEmpty().allSatisfy(error -> {
            assertThat(error.message()).isNotBlank();
            assertThat(error.pointer().isEmpty() || !doc.at(error.pointer()).isMissingNode()).as(error.pointer()
                    + " exists in " + json).isTrue();
        });
    }

    private static void replace(JsonNode doc, String pointer, JsonNode value) {
        JsonPointer path = JsonPointer.compile(pointer);
        JsonNode parent = doc.at(path.head());
        if (parent instanceof ObjectNode object) {
            object.set(path.last().getMatchingProperty(), value);
        } else {
            ((ArrayNode) parent).set(path.last().getMatchingIndex(), value);
        }
    }

    @FunctionalInterface
    private interface Visitor {
        void visit(String pointer, JsonNode node);
    }

    private static void collect(JsonNode node, String pointer, Visitor visitor) {
        visitor.visit(pointer, node);
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                collect(entry.getValue(), pointer + "/" + entry.getKey().replace("~", "~0").replace("/", "~1"),
                        visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, visitor);
            }
        }
    }
}
