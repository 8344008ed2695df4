package org.careroute.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coordinator's page in a real browser (headless Chromium, driven over the DevTools protocol): it uploads the
 * shipped sample through the file input, presses Plan, sees the assigned visits update while solving, waits for
 * "done", and finds the report's timeline and the downloads. The browser logs no errors. A screenshot is written to
 * {@code target/coordinator-page.png} (and to the file named by {@code -Dcareroute.screenshot}). Skipped, with a
 * note, on machines without Chromium ({@code .ci/run} installs it).
 */
@Tag("slow")
class CoordinatorPageBrowserTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void page_uploadsTheSample_followsTheSolve_andShowsTheReport() throws Exception {
        Optional<String> chromium = chromium();
        assumeThat(chromium).as("Chromium is not installed (apt-get install chromium); .ci/run installs it")
                .isPresent();
        Path sample = dir.resolve("varmland-home-nursing.json");
        try (InputStream in = getClass()
                .getResourceAsStream("/org/careroute/server/samples/varmland-home-nursing.json")) {
            Files.copy(in, sample);
        }
        Path profile = dir.resolve("profile");
        try (TestServer server = TestServer.start(TestServer.options(dir.resolve("data")))) {
            Process browser = new ProcessBuilder(chromium.get(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--remote-debugging-port=0", "--remote-allow-origins=*", "--user-data-dir=" + profile,
                    "--window-size=1280,1700", "--hide-scrollbars", "about:blank").redirectErrorStream(true)
                    .redirectOutput(dir.resolve("chromium.log").toFile()).start();
            try (Cdp page = Cdp.connect(profile)) {
                page.call("Page.enable", Map.of());
                page.call("Runtime.enable", Map.of());
                page.call("Page.navigate", Map.of("url", server.server.uri().toString()));
                page.until("document.readyState === 'complete' && !!document.getElementById('problem-file')",
                        Duration.ofSeconds(30));
                int root = page.call("DOM.getDocument", Map.of()).path("root").path("nodeId").asInt();
                int input = page.call("DOM.querySelector", Map.of("nodeId", root, "selector", "#problem-file")).path(
                        "nodeId").asInt();
                page.call("DOM.setFileInputFiles", Map.of("nodeId", input, "files", List.of(sample.toString())));
                page.until("document.getElementById('chosen').textContent.includes('varmland-home-nursing.json')",
                        Duration.ofSeconds(30));
                page.call("Runtime.evaluate", Map.of("expression", "document.getElementById('time-limit').value ="
                        + " 'PT10S'; document.getElementById('submit').click()"));

                Set<String> assignedSeen = new LinkedHashSet<>();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
                String status = "";
                while (!status.startsWith("done") && System.nanoTime() < deadline) {
                    status = page.eval("document.getElementById('status').textContent").asText();
                    assignedSeen.add(page.eval("document.getElementById('assigned').textContent").asText());
                    Thread.sleep(100);
                }
                assertThat(status).as("status on the page; form error: %s", page.eval(
                        "document.getElementById('form-error').textContent").asText()).startsWith("done");
                assertThat(assignedSeen).as("assigned visits shown while solving").anyMatch(text -> text.endsWith(
                        " of 150"));

                String timeline = page.until("(() => { const f = document.getElementById('report');"
                        + " const svg = !f.hidden && f.contentDocument && f.contentDocument.querySelector('svg.gantt');"
                        + " return svg ? svg.getAttribute('aria-label') : null; })()", Duration.ofSeconds(60)).asText();
                assertThat(timeline).startsWith("Timeline");
                assertThat(page.eval("document.querySelectorAll('#downloads a').length").asInt()).isEqualTo(4);
                assertThat(page.eval("document.getElementById('score').textContent").asText()).contains("hard/");

                page.call("Runtime.evaluate", Map.of("expression", "document.getElementById('report').scrollIntoView"
                        + "({block: 'start'}); window.scrollTo(0, 0)"));
                byte[] png = Base64.getDecoder().decode(page.call("Page.captureScreenshot", Map.of("format", "png"))
                        .path("data").asText());
                assertThat(png).startsWith(0x89, 'P', 'N', 'G');
                Files.write(Path.of("target", "coordinator-page.png"), png);
                String copy = System.getProperty("careroute.screenshot");
                if (copy != null) {
                    Files.write(Path.of(copy), png);
                }
                assertThat(page.errors()).as("errors in the browser").isEmpty();
            } finally {
                browser.destroy();
                if (!browser.waitFor(20, TimeUnit.SECONDS)) {
                    browser.destroyForcibly();
                }
            }
        }
    }

    private static Optional<String> chromium() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of("chromium", "chromium-browser", "google-chrome").flatMap(name -> Stream.of(path.split(
                File.pathSeparator)).map(d -> Path.of(d, name))).filter(Files::isExecutable).map(Path::toString)
                .findFirst();
    }

    /** A minimal Chrome DevTools protocol client over the JDK's WebSocket: calls, and the page's errors. */
    private static final class Cdp implements WebSocket.Listener, AutoCloseable {

        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<JsonNode>> calls = new ConcurrentHashMap<>();
        private final List<String> errors = new CopyOnWriteArrayList<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        static Cdp connect(Path profile) throws Exception {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Chromium did not open its DevTools port in 60 s");
                }
                Thread.sleep(100);
            }
            String port = Files.readAllLines(portFile).get(0).strip();
            HttpClient http = HttpClient.newHttpClient();
            JsonNode targets = MAPPER.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/json/list")).build(), HttpResponse.BodyHandlers.ofString()).body());
            String url = null;
            for (JsonNode target : targets) {
                if (target.path("type").asText().equals("page")) {
                    url = target.path("webSocketDebuggerUrl").asText();
                }
            }
            assertThat(url).as("a page target").isNotNull();
            Cdp cdp = new Cdp();
            cdp.socket = http.newWebSocketBuilder().buildAsync(URI.create(url), cdp).get(30, TimeUnit.SECONDS);
            return cdp;
        }

        JsonNode call(String method, Map<String, ?> params) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            calls.put(id, answer);
            ObjectNode message = MAPPER.createObjectNode().put("id", id).put("method", method);
            message.set("params", MAPPER.valueToTree(params));
            socket.sendText(message.toString(), true).get(30, TimeUnit.SECONDS);
            JsonNode reply = answer.get(60, TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new AssertionError(method + ": " + reply.get("error"));
            }
            return reply.path("result");
        }

        JsonNode eval(String expression) throws Exception {
            JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
            if (result.has("exceptionDetails")) {
                throw new AssertionError(expression + ": " + result.get("exceptionDetails"));
            }
            return result.path("result").path("value");
        }

        /** Evaluates until the value is truthy; returns it. */
        JsonNode until(String expression, Duration timeout) throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                JsonNode value = eval(expression);
                if (!value.isMissingNode() && !value.isNull() && !(value.isBoolean() && !value.asBoolean())) {
                    return value;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Not true after " + timeout + ": " + expression);
                }
                Thread.sleep(100);
            }
        }

        List<String> errors() {
            return new ArrayList<>(errors);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode message = MAPPER.readTree(text);
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> call = calls.remove(message.get("id").asInt());
                        if (call != null) {
                            call.complete(message);
                        }
                    } else if (message.path("method").asText().equals("Runtime.exceptionThrown")) {
                        errors.add(message.path("params").toString());
                    } else if (message.path("method").asText().equals("Runtime.consoleAPICalled") && message.path(
                            "params").path("type").asText().equals("error")) {
                        errors.add(message.path("params").toString());
                    }
                } catch (IOException e) {
                    errors.add("unreadable DevTools message: " + e.getMessage());
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void close() {
            if (socket != null) {
                socket.abort();
            }
        }
    }
}
