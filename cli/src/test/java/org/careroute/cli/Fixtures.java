package org.careroute.cli;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small, valid home-care problem (two nurses around Karlstad, six visits) and ways to break it. */
final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    static final String PROBLEM = """
            {
              "formatVersion": "1",
              "name": "karlstad-morning",
              "timeZone": "Europe/Stockholm",
              "travel": {"mode": "haversine", "detourFactor": 1.3},
              "caregivers": [
                {"id": "anna", "skills": ["nurse", "wound-care"], "transportMode": "car",
                 "shifts": [{"id": "anna-mon", "start": "2026-03-02T07:00:00+01:00", "end": "2026-03-02T15:00:00+01:00",
                             "startLocation": {"lat": 59.3793, "lon": 13.5036}}]},
                {"id": "bo", "skills": ["nurse"],
                 "shifts": [{"id": "bo-mon", "start": "2026-03-02T07:00:00+01:00", "end": "2026-03-02T15:00:00+01:00",
                             "startLocation": {"lat": 59.3793, "lon": 13.5036}}]}
              ],
              "visits": [
                {"id": "v1", "clientId": "c1", "location": {"lat": 59.3900, "lon": 13.4800}, "duration": "PT30M",
                 "timeWindows": [{"start": "2026-03-02T08:00:00+01:00", "end": "2026-03-02T10:00:00+01:00"}],
                 "requiredSkills": ["nurse"]},
                {"id": "v2", "clientId": "c2", "location": {"lat": 59.4010, "lon": 13.5300}, "duration": "PT45M",
                 "timeWindows": [{"start": "2026-03-02T08:00:00+01:00", "end": "2026-03-02T12:00:00+01:00"}],
                 "requiredSkills": ["wound-care"], "mandatory": true},
                {"id": "v3", "clientId": "c3", "location": {"lat": 59.3650, "lon": 13.4600}, "duration": "PT20M",
                 "timeWindows": [{"start": "2026-03-02T09:00:00+01:00", "end": "2026-03-02T13:00:00+01:00"}]},
                {"id": "v4", "clientId": "c4", "location": {"lat": 59.3720, "lon": 13.5500}, "duration": "PT30M",
                 "priority": 3},
                {"id": "v5", "clientId": "c5", "location": {"lat": 59.3850, "lon": 13.5150}, "duration": "PT15M",
                 "timeWindows": [{"start": "2026-03-02T10:00:00+01:00", "end": "2026-03-02T14:00:00+01:00"}]},
                {"id": "v6", "clientId": "c1", "location": {"lat": 59.3900, "lon": 13.4800}, "duration": "PT30M",
                 "timeWindows": [{"start": "2026-03-02T12:00:00+01:00", "end": "2026-03-02T14:00:00+01:00"}],
                 "requiredSkills": ["nurse"]}
              ]
            }
            """;

    private Fixtures() {
    }

    static Path write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode problem() {
        return (ObjectNode) parse(PROBLEM);
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problem with the value at {@code pointer} replaced by {@code json} (parsed). */
    static String problemWith(String pointer, String json) {
        return with(problem(), pointer, parse(json));
    }

    /** The problem without the member at {@code pointer}. */
    static String problemWithout(String pointer) {
        return with(problem(), pointer, null);
    }

    /**
     * Replaces (or with {@code null} removes) the member at {@code pointer} of {@code root}; an array index one past
     * the end appends.
     */
    static String with(JsonNode root, String pointer, JsonNode value) {
        JsonPointer path = JsonPointer.compile(pointer);
        JsonNode parent = root.at(path.head());
        String last = path.last().getMatchingProperty();
        if (parent instanceof ArrayNode array) {
            int index = path.last().getMatchingIndex();
            if (value == null) {
                array.remove(index);
            } else if (index == array.size()) {
                array.add(value);
            } else {
                array.set(index, value);
            }
        } else if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(last);
            } else {
                object.set(last, value);
            }
        } else {
            throw new IllegalArgumentException("No object or array at " + path.head());
        }
        return root.toPrettyString();
    }
}
