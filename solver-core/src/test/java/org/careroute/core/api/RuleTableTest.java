package org.careroute.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rule table of the root README ("The rules") lists every {@link CareConstraint} in the enum's order with its id,
 * level and default weight, so that the table and the registry cannot drift apart (the penalty unit is explained in
 * more words there and is not compared).
 */
class RuleTableTest {

    private static final Pattern ROW = Pattern
            .compile("^\\| `([a-z-]+)` \\| (hard|medium|soft) \\| .* \\| (\\d+) \\|$");

    @Test
    void readmeRuleTable_listsEveryConstraintWithItsLevelAndDefaultWeight() throws IOException {
        List<String> rows = new ArrayList<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(readme())) {
            if (line.startsWith("## ")) {
                inSection = line.equals("## The rules");
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (inSection && row.matches()) {
                rows.add(row.group(1) + " " + row.group(2) + " " + row.group(3));
            }
        }

        assertThat(rows).containsExactlyElementsOf(Arrays.stream(CareConstraint.values()).map(c -> c.id() + " " + c
                .level().name().toLowerCase(Locale.ROOT) + " " + c.defaultWeight()).toList());
    }

    private static Path readme() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("solver-core"))) {
                return dir.resolve("README.md");
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("the repository's README.md not found above the working directory");
    }
}
