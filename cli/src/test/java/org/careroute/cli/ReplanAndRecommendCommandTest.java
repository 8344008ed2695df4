package org.careroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: solve, re-plan with --from/--now (a new visit), verify the re-plan, and recommend places. */
class ReplanAndRecommendCommandTest {

    private static final String MOVES = "2000";
    private static final String NOW = "2026-03-02T09:30:00+01:00";

    @TempDir
    Path dir;

    private Path solved(Path problem) {
        Path plan = dir.resolve("published.json");
        Cli.Result result = Cli.run("solve", problem.toString(), "-o", plan.toString(), "--move-count-limit", MOVES,
                "-q");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return plan;
    }

    private Path withNewVisit() {
        ObjectNode problem = Fixtures.problem();
        ObjectNode visit = ((ArrayNode) problem.get("visits")).addObject();
        visit.put("id", "urgent");
        visit.putObject("location").put("lat", 59.3880).put("lon", 13.5000);
        visit.put("duration", "PT20M");
        visit.put("mandatory", true);
        visit.putArray("timeWindows").addObject().put("start", "2026-03-02T10:00:00+01:00").put("end",
                "2026-03-02T12:00:00+01:00");
        return Fixtures.write(dir.resolve("changed.json"), problem.toPrettyString());
    }

    @Tag("slow")
    @Test
    void replanWithNewVisit_keepsStartedVisitsListsChangesAndVerifies() {
        Path published = solved(Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM));
        Path changed = withNewVisit();
        Path replanned = dir.resolve("new.json");

        Cli.Result result = Cli.run("solve", changed.toString(), "--from", published.toString(), "--now", NOW, "-o",
                replanned.toString(), "--move-count-limit", MOVES);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).contains("Re-planned at 2026-03-02 09:30:").contains("published visits changed")
                .contains("urgent newly-planned");
        JsonNode plan = Fixtures.read(replanned);
        JsonNode changes = plan.path("changes");
        assertThat(changes.path("now").asText()).isEqualTo("2026-03-02T09:30:00+01:00");
        assertThat(changes.path("changeToleranceSeconds").asLong()).isEqualTo(900);
        assertThat(changes.path("visits")).hasSize(7);
        JsonNode before = Fixtures.read(published);
        OffsetDateTime now = OffsetDateTime.parse(NOW);
        for (JsonNode shift : before.path("shifts")) {
            for (JsonNode visit : shift.path("visits")) {
                if (OffsetDateTime.parse(visit.path("start").asText()).isBefore(now)) {
                    assertThat(changeOf(changes, visit.path("visitId").asText()).path("change").asText()).isEqualTo(
                            "fixed");
                    assertThat(changeOf(changes, visit.path("visitId").asText()).path("start").asText()).isEqualTo(
                            visit.path("start").asText());
                }
            }
        }
        assertThat(changeOf(changes, "urgent").path("change").asText()).isEqualTo("newly-planned");

        Cli.Result verified = Cli.run("verify", changed.toString(), replanned.toString());
        assertThat(verified.exitCode()).as(verified.toString()).isZero();
        assertThat(Cli.run("validate", changed.toString()).exitCode()).isZero();
    }

    @Test
    void replanWithoutFrom_isAUsageError() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);

        Cli.Result result = Cli.run("solve", problem.toString(), "--now", NOW, "-o", dir.resolve("x.json")
                .toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--now").contains("--from");
    }

    @Test
    void unparsableNow_isAUsageError() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);
        Path published = solved(problem);

        Cli.Result result = Cli.run("solve", problem.toString(), "--from", published.toString(), "--now",
                "half past ten", "-o", dir.resolve("x.json").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("half past ten").contains("2027-03-01T10:30+01:00");
        BadInputTest.assertNoStackTrace(result);
    }

    @Test
    void planOfAnotherCaregiver_isBadInputWithFileAndPointer() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);
        JsonNode plan = Fixtures.read(solved(problem));
        ((ObjectNode) plan.path("shifts").get(0)).put("caregiverId", "zoe");
        Path broken = Fixtures.write(dir.resolve("broken.json"), plan.toPrettyString());

        Cli.Result result = Cli.run("solve", problem.toString(), "--from", broken.toString(), "--now", NOW, "-o",
                dir.resolve("x.json").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(broken + ": /shifts/0/caregiverId: ").contains("zoe");
        BadInputTest.assertNoStackTrace(result);
    }

    @Test
    void recommend_listsRankedPlacesForANewVisit() {
        Path published = solved(Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM));
        Path changed = withNewVisit();

        Cli.Result text = Cli.run("recommend", changed.toString(), published.toString(), "--visit", "urgent", "--top",
                "3");
        Cli.Result json = Cli.run("recommend", changed.toString(), published.toString(), "--visit", "urgent", "--top",
                "3", "--json");

        assertThat(text.exitCode()).as(text.toString()).isZero();
        assertThat(text.out()).contains("Places for visit urgent").contains("  1. ").contains("hard/");
        assertThat(json.exitCode()).as(json.toString()).isZero();
        JsonNode options = Fixtures.parse(json.out()).path("options");
        assertThat(options).hasSizeBetween(1, 3);
        assertThat(options.get(0).path("rank").asInt()).isEqualTo(1);
        assertThat(options.get(0).path("hardChange").asLong()).isGreaterThanOrEqualTo(options.get(options.size() - 1)
                .path("hardChange").asLong());
        assertThat(options.get(0).path("shiftId").asText()).isIn("anna-mon", "bo-mon");
    }

    @Test
    void recommendUnknownVisit_isBadInput() {
        Path problem = Fixtures.write(dir.resolve("problem.json"), Fixtures.PROBLEM);
        Path published = solved(problem);

        Cli.Result result = Cli.run("recommend", problem.toString(), published.toString(), "--visit", "nobody");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(problem.toString()).contains("nobody");
    }

    @Test
    void recommendHelp_describesTheCommand() {
        Cli.Result result = Cli.run("recommend", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("--visit").contains("--top").contains("--json");
    }

    private static JsonNode changeOf(JsonNode changes, String visitId) {
        for (JsonNode change : changes.path("visits")) {
            if (change.path("visitId").asText().equals(visitId)) {
                return change;
            }
        }
        throw new AssertionError("no change entry for " + visitId);
    }
}
