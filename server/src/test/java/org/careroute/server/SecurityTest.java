package org.careroute.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** API keys, the default bind address, and errors Jetty raises itself, all as problem documents. */
class SecurityTest {

    @TempDir
    Path dataDir;

    @Test
    void apiKeys_guardTheApi_butNotThePageHealthOrDocument() {
        try (TestServer server = TestServer.start(TestServer.options(dataDir).withApiKeys(List.of("first-key",
                "s3cret-key")))) {
            ApiClient anonymous = server.client;
            ApiClient.Answer refused = anonymous.get("/v1/plans");
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer");
            assertThat(anonymous.withHeader("Authorization", "Bearer s3cret-kez").get("/v1/plans").status())
                    .isEqualTo(401);
            assertThat(anonymous.withHeader("X-API-Key", "s3cret").get("/v1/plans").status()).isEqualTo(401);
            assertThat(anonymous.withHeader("Authorization", "Bearer s3cret-key").get("/v1/plans").status())
                    .isEqualTo(200);
            assertThat(anonymous.withHeader("X-API-Key", "first-key").post("/v1/validate", TestServer.tinyProblem(1,
                    3, 1)).status()).isEqualTo(200);
            assertThat(anonymous.post("/v1/plans", "{}").status()).isEqualTo(401);
            assertThat(anonymous.get("/health").status()).isEqualTo(200);
            assertThat(anonymous.get("/v1/openapi.json").status()).isEqualTo(200);
            assertThat(anonymous.get("/").body()).contains("<h1>careroute");
        }
    }

    @Test
    void defaultBind_isLoopbackOnly() {
        assertThat(ServerOptions.defaults(dataDir).bind()).isEqualTo("127.0.0.1");
        try (TestServer server = TestServer.start(TestServer.options(dataDir))) {
            assertThat(server.server.uri().getHost()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void malformedRequests_getProblemDocumentsFromJettyToo() throws IOException {
        try (TestServer server = TestServer.start(TestServer.options(dataDir))) {
            String badUri = raw(server, "GET /v1/plans/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertThat(badUri).startsWith("HTTP/1.1 400").contains("application/problem+json").contains(
                    "\"status\" : 400").doesNotContain("<html");
            String badVersion = raw(server, "GET / HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertThat(badVersion).doesNotContain("Exception").doesNotContain("<html");
            String hugeHeader = raw(server, "GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(64 * 1024)
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(hugeHeader).startsWith("HTTP/1.1 431").doesNotContain("Exception");
        }
    }

    private static String raw(TestServer server, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
