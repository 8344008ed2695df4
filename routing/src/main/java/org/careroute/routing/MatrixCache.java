package org.careroute.routing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.TransportMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finished travel matrices on disk, so that re-planning the same locations on the same graph does not compute them
 * again. A file is keyed by the graph (hash of its manifest), the profile, the maximum snap distance and the exact
 * coordinates; its header repeats the key and a CRC32C covers the whole file, so a file that is truncated, corrupt
 * or belongs to other input is deleted and recomputed, never trusted. Files are written to a temporary name and
 * renamed atomically, so concurrent runs see either nothing or a complete file. The oldest files are deleted beyond
 * {@value #MAX_FILES}.
 */
final class MatrixCache {

    private static final Logger LOG = LoggerFactory.getLogger(MatrixCache.class);
    private static final int MAGIC = 0x43524d58; // "CRMX"
    private static final int VERSION = 1;
    private static final int MAX_FILES = 200;
    private static final int HEADER = 4 + 4 + 4 + 32;

    private final Path dir;
    private final String graphKey;

    MatrixCache(Path dir, String graphKey) {
        this.dir = dir;
        this.graphKey = graphKey;
    }

    /** The cached matrix for these inputs, or null when there is none (or it was unusable and got deleted). */
    RoadTravelMatrix load(List<GeoLocation> points, TransportMode mode, double maxSnapMeters) {
        byte[] key = key(points, mode, maxSnapMeters);
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            RoadTravelMatrix matrix = decode(bytes, key, points.size());
            if (matrix == null) {
                LOG.warn("Matrix cache file {} is damaged or belongs to other input: recomputing", file);
                Files.deleteIfExists(file);
            } else {
                Files.setLastModifiedTime(file,
                        FileTime.fromMillis(System.currentTimeMillis()));
                LOG.info("Loaded {}x{} {} matrix from cache {}", points.size(), points.size(), mode.jsonName(),
                        file.getFileName());
            }
            return matrix;
        } catch (IOException e) {
            LOG.warn("Cannot read matrix cache file {} ({}): recomputing", file, e.getMessage());
            return null;
        }
    }

    void store(List<GeoLocation> points, TransportMode mode, double maxSnapMeters, RoadTravelMatrix matrix) {
        if (8L * matrix.size() * matrix.size() > Integer.MAX_VALUE - 1024) {
            return;
        }
        byte[] key = key(points, mode, maxSnapMeters);
        Path file = file(key);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "matrix-", ".tmp");
            try {
                Files.write(tmp, encode(key, matrix));
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            evictOldest();
        } catch (IOException e) {
            LOG.warn("Cannot write matrix cache file {} ({}); continuing without it", file, e.getMessage());
        }
    }

    Path file(byte[] key) {
        return dir.resolve(HexFormat.of().formatHex(key) + ".matrix");
    }

    byte[] key(List<GeoLocation> points, TransportMode mode, double maxSnapMeters) {
        MessageDigest digest = sha256();
        digest.update(graphKey.getBytes(StandardCharsets.UTF_8));
        digest.update(mode.jsonName().getBytes(StandardCharsets.UTF_8));
        ByteBuffer buffer = ByteBuffer.allocate(16 + 16 * points.size()).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putDouble(maxSnapMeters).putLong(points.size());
        for (GeoLocation point : points) {
            buffer.putDouble(point.lat()).putDouble(point.lon());
        }
        digest.update(buffer.array());
        return digest.digest();
    }

    private static byte[] encode(byte[] key, RoadTravelMatrix matrix) {
        int n = matrix.size();
        ByteBuffer buffer = ByteBuffer.allocate(HEADER + 8 * n * n + 8).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(MAGIC).putInt(VERSION).putInt(n).put(key);
        for (int from = 0; from < n; from++) {
            for (int to = 0; to < n; to++) {
                buffer.putInt((int) matrix.durationSeconds(from, to));
            }
        }
        for (int from = 0; from < n; from++) {
            for (int to = 0; to < n; to++) {
                buffer.putInt((int) matrix.distanceMeters(from, to));
            }
        }
        CRC32C crc = new CRC32C();
        crc.update(buffer.array(), 0, buffer.position());
        buffer.putLong(crc.getValue());
        return buffer.array();
    }

    /** Null unless the bytes are a complete, intact matrix for exactly this key and size. */
    private static RoadTravelMatrix decode(byte[] bytes, byte[] key, int n) {
        long expectedLength = HEADER + 8L * n * n + 8;
        if (bytes.length != expectedLength) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 8);
        if (buffer.getLong(bytes.length - 8) != crc.getValue()) {
            return null;
        }
        if (buffer.getInt() != MAGIC || buffer.getInt() != VERSION || buffer.getInt() != n) {
            return null;
        }
        byte[] storedKey = new byte[32];
        buffer.get(storedKey);
        if (!MessageDigest.isEqual(storedKey, key)) {
            return null;
        }
        int[] seconds = new int[n * n];
        int[] meters = new int[n * n];
        buffer.asIntBuffer().get(seconds);
        buffer.position(buffer.position() + 4 * n * n);
        buffer.asIntBuffer().get(meters);
        return new RoadTravelMatrix(n, seconds, meters);
    }

    private void evictOldest() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".matrix")).toList();
        }
        if (files.size() <= MAX_FILES) {
            return;
        }
        List<Path> oldestFirst = files.stream().sorted(Comparator.comparingLong(MatrixCache::lastModified)).toList();
        for (Path old : oldestFirst.subList(0, files.size() - MAX_FILES)) {
            Files.deleteIfExists(old);
        }
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return Long.MIN_VALUE;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
