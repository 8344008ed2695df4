package org.careroute.core.api.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A JSON document for tests, edited by JSON pointer. */
final class JsonDoc {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static final String VALID = """
            {
              "formatVersion": "1",
              "name": "Karlstad test",
              "timeZone": "Europe/Stockholm",
              "caregivers": [
                {
                  "id": "c1", "name": "Anna", "skills": ["nurse", "insulin"], "transportMode": "car",
                  "shifts": [
                    {"id": "c1-mon", "start": "2027-03-01T07:00:00+01:00", "end": "2027-03-01T16:00:00+01:00",
                     "startLocation": {"lat": 59.38, "lon": 13.50}}
                  ]
                },
                {
                  "id": "c2", "skills": ["physio"], "transportMode": "bike", "capacity": 5,
                  "shifts": [
                    {"id": "c2-mon", "start": "2027-03-01T08:00:00+01:00", "end": "2027-03-01T12:00:00+01:00",
                     "startLocation": {"lat": 59.39, "lon": 13.51}, "openEnd": true}
                  ]
                }
              ],
              "visits": [
                {"id": "v1", "location": {"lat": 59.40, "lon": 13.52}, "duration": "PT30M",
                 "timeWindows": [{"start": "2027-03-01T08:00:00+01:00", "end": "2027-03-01T09:00:00+01:00"}],
                 "requiredSkills": ["nurse"]},
                {"id": "v2", "location": {"lat": 59.37, "lon": 13.49}, "duration": 1800, "priority": 2}
              ]
            }
            """;

    private final JsonNode root;

    private JsonDoc(JsonNode root) {
        this.root = root;
    }

    static JsonDoc valid() {
        return of(VALID);
    }

    static JsonDoc of(String json) {
        try {
            return new JsonDoc(MAPPER.readTree(json));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Sets the value at {@code pointer} (the parent must exist) to the JSON text {@code json}. */
    JsonDoc with(String pointer, String json) {
        JsonNode value = of(json).root;
        JsonPointer path = JsonPointer.compile(pointer);
        JsonNode parent = root.at(path.head());
        String last = path.last().getMatchingProperty();
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            int index = path.last().getMatchingIndex();
            if (index < array.size()) {
                array.set(index, value);
            } else {
                array.add(value);
            }
        } else {
            throw new IllegalArgumentException("No container at " + path.head());
        }
        return this;
    }

    JsonDoc without(String pointer) {
        JsonPointer path = JsonPointer.compile(pointer);
        JsonNode parent = root.at(path.head());
        if (parent instanceof ObjectNode object) {
            object.remove(path.last().getMatchingProperty());
        } else if (parent instanceof ArrayNode array) {
            array.remove(path.last().getMatchingIndex());
        }
        return this;
    }

    JsonNode root() {
        return root;
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
