package org.careroute.server.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * Optional API keys. A request presents one as {@code Authorization: Bearer KEY} or {@code X-API-Key: KEY}. Keys are
 * compared as SHA-256 digests with {@link MessageDigest#isEqual}, which takes the same time wherever the bytes
 * differ, and every configured key is compared, so the answer's timing tells nothing about the keys.
 */
final class ApiKeys {

    private final List<byte[]> digests;

    ApiKeys(List<String> keys) {
        this.digests = keys.stream().map(ApiKeys::digest).toList();
    }

    void check(Exchange exchange) {
        if (digests.isEmpty()) {
            return;
        }
        String presented = exchange.header("X-API-Key");
        String authorization = exchange.header("Authorization");
        if (presented == null && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            presented = authorization.substring(7).strip();
        }
        if (presented == null || !matches(presented)) {
            throw ApiProblem.unauthorized();
        }
    }

    private boolean matches(String presented) {
        byte[] digest = digest(presented);
        boolean match = false;
        for (byte[] key : digests) {
            match |= MessageDigest.isEqual(key, digest);
        }
        return match;
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }
}
