package org.careroute.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void write_createsTheFileWithTheContent() throws IOException {
        Path target = dir.resolve("plan.json");

        AtomicFile.write(target, writer -> writer.write("{\"ok\": true}\n"));

        assertThat(target).hasContent("{\"ok\": true}");
        assertThat(names()).containsExactly("plan.json");
    }

    @Test
    void write_replacesAnExistingFile() throws IOException {
        Path target = Fixtures.write(dir.resolve("plan.json"), "old");

        AtomicFile.write(target, writer -> writer.write("new"));

        assertThat(target).hasContent("new");
        assertThat(names()).containsExactly("plan.json");
    }

    @Test
    void failingContent_keepsTheOldFileAndLeavesNoTemporaryFile() {
        Path target = Fixtures.write(dir.resolve("plan.json"), "old");

        assertThatThrownBy(() -> AtomicFile.write(target, writer -> {
            writer.write("half a pl");
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(target).hasContent("old");
        assertThat(names()).containsExactly("plan.json");
    }

    @Test
    void failingContent_createsNoFile() {
        Path target = dir.resolve("plan.json");

        assertThatThrownBy(() -> AtomicFile.write(target, writer -> {
            throw new IllegalStateException("cannot serialise");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(names()).isEmpty();
    }

    @Test
    void requireWritable_missingDirectory_namesTheDirectoryAndHowToCreateIt() {
        Path target = dir.resolve("out").resolve("plan.json");

        assertThatThrownBy(() -> AtomicFile.requireWritable(target, dir.resolve("problem.json"))).isInstanceOf(
                CommandFailure.class).hasMessageContaining(target.toString()).hasMessageContaining("mkdir -p "
                        + dir.resolve("out"));
    }

    @Test
    void requireWritable_targetIsADirectory_isRejected() {
        assertThatThrownBy(() -> AtomicFile.requireWritable(dir, dir.resolve("problem.json"))).isInstanceOf(
                CommandFailure.class).hasMessageContaining("is a directory");
    }

    @Test
    void requireWritable_newFileInExistingDirectory_isAccepted() {
        AtomicFile.requireWritable(dir.resolve("plan.json"), dir.resolve("problem.json"));

        assertThat(names()).isEmpty();
    }

    private Stream<String> namesStream() throws IOException {
        return Files.list(dir).map(path -> path.getFileName().toString());
    }

    private java.util.List<String> names() {
        try (Stream<String> names = namesStream()) {
            return names.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
