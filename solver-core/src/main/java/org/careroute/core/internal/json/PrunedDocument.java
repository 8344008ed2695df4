package org.careroute.core.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careroute.core.api.InputError;

/**
 * A problem document without the caregivers and visits that failed the schema or could not be mapped, so that the later
 * stages (mapping,
 * semantic checks) can still report the problems of everything else in the same run. Pointers of errors found in
 * the pruned document are mapped back to the original array positions.
 */
final class PrunedDocument {

    private static final Pattern ITEM = Pattern.compile("^/(visits|caregivers)/(\\d+)(/.*)?$");
    private static final Pattern ITEM_IN_TEXT = Pattern.compile("/(visits|caregivers)/(\\d+)");

    private final JsonNode root;
    private final Map<String, int[]> originalIndex;
    private final boolean caregiversPruned;

    private PrunedDocument(JsonNode root, Map<String, int[]> originalIndex, boolean caregiversPruned) {
        this.root = root;
        this.originalIndex = originalIndex;
        this.caregiversPruned = caregiversPruned;
    }

    /**
     * The pruned document, or {@code null} when some error lies outside a caregiver or visit item (then the
     * document as a whole is too broken to go on).
     */
    static PrunedDocument of(JsonNode root, List<InputError> schemaErrors) {
        Map<String, TreeSet<Integer>> broken = new HashMap<>();
        broken.put("visits", new TreeSet<>());
        broken.put("caregivers", new TreeSet<>());
        for (InputError error : schemaErrors) {
            Matcher matcher = ITEM.matcher(error.pointer());
            if (!matcher.matches()) {
                return null;
            }
            broken.get(matcher.group(1)).add(Integer.parseInt(matcher.group(2)));
        }
        ObjectNode copy = (ObjectNode) root.deepCopy();
        Map<String, int[]> originalIndex = new HashMap<>();
        for (Map.Entry<String, TreeSet<Integer>> entry : broken.entrySet()) {
            JsonNode array = copy.get(entry.getKey());
            if (!(array instanceof ArrayNode items)) {
                if (!entry.getValue().isEmpty()) {
                    return null;
                }
                continue;
            }
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (!entry.getValue().contains(i)) {
                    kept.add(i);
                }
            }
            for (int i : entry.getValue().descendingSet()) {
                if (i < items.size()) {
                    items.remove(i);
                }
            }
            originalIndex.put(entry.getKey(), kept.stream().mapToInt(Integer::intValue).toArray());
        }
        return new PrunedDocument(copy, originalIndex, !broken.get("caregivers").isEmpty());
    }

    JsonNode root() {
        return root;
    }

    /**
     * Whether an error found in the pruned document is real. Errors that may only stem from the removed caregivers
     * (a skill nobody holds, no caregivers at all) are dropped: they are reported again, if still true, once the
     * schema errors are fixed.
     */
    boolean isTrustworthy(InputError error) {
        if (!caregiversPruned) {
            return true;
        }
        String pointer = error.pointer();
        return !pointer.contains("/requiredSkills/") && !pointer.equals("/caregivers") && !pointer.contains(
                "/preferredCaregivers/") && !pointer.contains("/excludedCaregivers/");
    }

    /** The error with pointers (in the pointer and in the message) mapped back to the original document. */
    InputError toOriginal(InputError error) {
        return new InputError(error.source(), remap(error.pointer()), remap(error.message()));
    }

    private String remap(String text) {
        Matcher matcher = ITEM_IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int[] index = originalIndex.get(matcher.group(1));
            int pruned = Integer.parseInt(matcher.group(2));
            String replacement = index != null && pruned < index.length
                    ? "/" + matcher.group(1) + "/" + index[pruned]
                    : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
