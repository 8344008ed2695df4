package org.careroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code careroute serve}: bad options exit 2 before anything starts; a real run answers and stops on SIGTERM. */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void badOptions_exitTwoWithAMessage() throws IOException {
        Cli.Result port = Cli.run("serve", "--port", "70000", "--data-dir", dir.toString());
        assertThat(port.exitCode()).isEqualTo(2);
        assertThat(port.err()).contains("port (70000)");

        Cli.Result keys = Cli.run("serve", "--port", "0", "--data-dir", dir.toString(), "--api-key-file", dir
                .resolve("missing.txt").toString());
        assertThat(keys.exitCode()).isEqualTo(2);
        assertThat(keys.err()).contains("missing.txt").doesNotContain("Exception");

        Path empty = Files.writeString(dir.resolve("keys.txt"), "# no keys yet\n\n");
        Cli.Result noKeys = Cli.run("serve", "--port", "0", "--data-dir", dir.toString(), "--api-key-file", empty
                .toString());
        assertThat(noKeys.exitCode()).isEqualTo(2);
        assertThat(noKeys.err()).contains("holds no API key");

        Cli.Result profile = Cli.run("serve", "--port", "0", "--data-dir", dir.toString(), "--profile", "car");
        assertThat(profile.exitCode()).isEqualTo(2);
        assertThat(profile.err()).contains("--osm");
    }

    @Test
    @Tag("slow")
    void serve_answersAndStopsOnSigterm() throws Exception {
        Process serve = ChildCli.start(dir, "serve", List.of("-Xmx512m"), "serve", "--port", "0", "--data-dir", dir
                .resolve("data").toString(), "--quiet");
        try {
            Pattern listening = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+/)");
            Matcher match = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (match == null || !match.find()) {
                assertThat(System.nanoTime()).as(Files.readString(dir.resolve("serve.err"))).isLessThan(deadline);
                Thread.sleep(100);
                match = listening.matcher(Files.readString(dir.resolve("serve.out")));
            }
            URI uri = URI.create(match.group(1));
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri.resolve(
                    "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"up\"");
            assertThat(Files.isDirectory(dir.resolve("data").resolve("jobs"))).isTrue();
        } finally {
            serve.destroy(); // SIGTERM
            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(serve.exitValue()).isEqualTo(143);
    }
}
