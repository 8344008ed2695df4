package org.careroute.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.graphhopper.GraphHopper;
import com.graphhopper.config.Profile;
import com.graphhopper.util.Constants;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports an OSM file into a GraphHopper graph with contraction hierarchies, or loads the graph a previous run left
 * in the cache folder. The cache is trusted only after checking its manifest (OSM file size, modification time and
 * content hash, profiles, encoded values, GraphHopper version) and the size and CRC32C of every graph file; anything
 * else (missing, different, truncated, corrupt) is rebuilt. Concurrent runs on the same folder are serialised with a
 * file lock.
 */
final class GraphCache {

    static final String MANIFEST = "manifest.json";
    static final String GRAPH_DIR = "graph";
    private static final String LOCK_FILE = ".lock";
    private static final int HASH_CHUNK = 1 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(GraphCache.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private GraphCache() {
    }

    /**
     * The outcome of {@link #open}: the graph, whether it was imported (true) or loaded from the cache, and a hash
     * of its manifest that identifies this exact graph (for keying derived caches).
     */
    record Opened(GraphHopper hopper, boolean imported, String graphKey) {
    }

    static Opened open(RoutingOptions options) {
        Path osm = options.osmFile().toAbsolutePath().normalize();
        if (!Files.isRegularFile(osm)) {
            throw new IllegalArgumentException("OSM file (" + osm
                    + ") does not exist or is not a file; give an .osm.pbf, .osm.gz or .osm extract.");
        }
        Path cacheDir = options.cacheDir().toAbsolutePath().normalize();
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(cacheDir, d -> new ReentrantLock());
        jvmLock.lock();
        try {
            Files.createDirectories(cacheDir);
            try (FileChannel channel = FileChannel.open(cacheDir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
                GraphManifest expected = expectedManifest(osm, options);
                GraphHopper cached = tryLoad(cacheDir, expected, options);
                boolean imported = cached == null;
                GraphHopper hopper = imported ? build(cacheDir, expected, options) : cached;
                return new Opened(hopper, imported, contentHash(cacheDir.resolve(MANIFEST)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use graph cache folder " + cacheDir
                    + "; check that it is writable or choose another one.", e);
        } finally {
            jvmLock.unlock();
        }
    }

    private static GraphHopper tryLoad(Path cacheDir, GraphManifest expected, RoutingOptions options) {
        Path manifestFile = cacheDir.resolve(MANIFEST);
        Path graphDir = cacheDir.resolve(GRAPH_DIR);
        if (!Files.isRegularFile(manifestFile)) {
            LOG.info("No graph in cache {}: importing {}", cacheDir, options.osmFile());
            return null;
        }
        GraphManifest stored;
        try {
            stored = JSON.readValue(manifestFile.toFile(), GraphManifest.class);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Graph cache manifest {} is unreadable ({}): rebuilding", manifestFile, e.getMessage());
            return null;
        }
        if (!stored.sameKeys(expected)) {
            LOG.info("Graph cache {} was built from other input ({}): rebuilding", cacheDir,
                    difference(stored, expected));
            return null;
        }
        String damage = checkFiles(graphDir, stored.files());
        if (damage != null) {
            LOG.warn("Graph cache {} is damaged ({}): rebuilding", cacheDir, damage);
            return null;
        }
        long start = System.nanoTime();
        GraphHopper hopper = configure(graphDir, options);
        try {
            if (hopper.load()) {
                LOG.info("Loaded cached graph {} in {} ms", graphDir, (System.nanoTime() - start) / 1_000_000);
                return hopper;
            }
            LOG.warn("Graph cache {} could not be loaded: rebuilding", graphDir);
        } catch (RuntimeException e) {
            LOG.warn("Graph cache {} could not be loaded ({}): rebuilding", graphDir, e.toString());
        }
        hopper.close();
        return null;
    }

    private static GraphHopper build(Path cacheDir, GraphManifest expected, RoutingOptions options)
            throws IOException {
        Path manifestFile = cacheDir.resolve(MANIFEST);
        Path graphDir = cacheDir.resolve(GRAPH_DIR);
        Files.deleteIfExists(manifestFile);
        deleteRecursively(graphDir);
        LOG.info("Importing {} ({} MB) for profiles {} into {}; this can take a while for a large region",
                options.osmFile(), expected.osmSize() / (1 << 20), expected.profiles(), graphDir);
        long start = System.nanoTime();
        GraphHopper hopper = configure(graphDir, options);
        try {
            hopper.importOrLoad();
        } catch (RuntimeException e) {
            hopper.close();
            throw new IllegalArgumentException("Cannot import OSM file " + options.osmFile() + ": " + e.getMessage()
                    + " (is it a valid .osm.pbf, .osm.gz or .osm file?)", e);
        }
        LOG.info("Imported {} in {} s: {} nodes, {} edges", options.osmFile(),
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9),
                hopper.getBaseGraph().getNodes(), hopper.getBaseGraph().getEdges());
        GraphManifest complete = expected.withFiles(fileChecks(graphDir));
        Path tmp = cacheDir.resolve(MANIFEST + ".tmp");
        JSON.writeValue(tmp.toFile(), complete);
        try {
            Files.move(tmp, manifestFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, manifestFile, StandardCopyOption.REPLACE_EXISTING);
        }
        return hopper;
    }

    static GraphHopper configure(Path graphDir, RoutingOptions options) {
        GraphHopper hopper = new GraphHopper();
        hopper.setOSMFile(options.osmFile().toAbsolutePath().toString());
        hopper.setGraphHopperLocation(graphDir.toString());
        hopper.setEncodedValuesString(RoadProfiles.encodedValues(options.modes()));
        hopper.setProfiles(RoadProfiles.profiles(options.modes()));
        hopper.getCHPreparationHandler().setCHProfiles(RoadProfiles.chProfiles(options.modes()));
        hopper.getCHPreparationHandler().setPreparationThreads(Math.min(options.threads(), options.modes().size()));
        hopper.setMinNetworkSize(options.minNetworkSize());
        return hopper;
    }

    static GraphManifest expectedManifest(Path osm, RoutingOptions options) throws IOException {
        List<Profile> profiles = RoadProfiles.profiles(options.modes());
        String profileKey = profiles.stream().map(p -> p.getName() + "|" + p.getVersion())
                .collect(Collectors.joining(","));
        return new GraphManifest(GraphManifest.FORMAT, Constants.VERSION, osm.toString(), Files.size(osm),
                Files.getLastModifiedTime(osm).toMillis(), contentHash(osm), profileKey,
                RoadProfiles.encodedValues(options.modes()), options.minNetworkSize(), Map.of());
    }

    /** SHA-256 of the whole file up to 4 MiB, else of its size, first MiB and last MiB. */
    static String contentHash(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            digest.update(ByteBuffer.allocate(Long.BYTES).putLong(size).flip());
            if (size <= 4L * HASH_CHUNK) {
                update(digest, channel, 0, size);
            } else {
                update(digest, channel, 0, HASH_CHUNK);
                update(digest, channel, size - HASH_CHUNK, HASH_CHUNK);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, FileChannel channel, long position, long length)
            throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        long pos = position;
        long end = position + length;
        while (pos < end) {
            buffer.clear();
            buffer.limit((int) Math.min(buffer.capacity(), end - pos));
            int read = channel.read(buffer, pos);
            if (read < 0) {
                throw new IOException("File ended early while hashing");
            }
            buffer.flip();
            digest.update(buffer);
            pos += read;
        }
    }

    static Map<String, GraphManifest.FileCheck> fileChecks(Path graphDir) throws IOException {
        Map<String, GraphManifest.FileCheck> checks = new TreeMap<>();
        for (Path file : graphFiles(graphDir)) {
            checks.put(file.getFileName().toString(), new GraphManifest.FileCheck(Files.size(file), crc32c(file)));
        }
        return checks;
    }

    private static List<Path> graphFiles(Path graphDir) throws IOException {
        try (Stream<Path> files = Files.list(graphDir)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".lock"))
                    .sorted().toList();
        }
    }

    /** Null when every file matches, else what is wrong. */
    private static String checkFiles(Path graphDir, Map<String, GraphManifest.FileCheck> expected) {
        if (expected.isEmpty()) {
            return "the manifest lists no graph files";
        }
        try {
            if (!Files.isDirectory(graphDir)) {
                return "graph folder " + graphDir + " is missing";
            }
            Map<String, GraphManifest.FileCheck> actual = new TreeMap<>();
            for (Path file : graphFiles(graphDir)) {
                String name = file.getFileName().toString();
                GraphManifest.FileCheck check = expected.get(name);
                if (check == null) {
                    return "unexpected file " + name;
                }
                long size = Files.size(file);
                if (size != check.size()) {
                    return "file " + name + " has " + size + " bytes instead of " + check.size();
                }
                actual.put(name, new GraphManifest.FileCheck(size, crc32c(file)));
            }
            for (Map.Entry<String, GraphManifest.FileCheck> entry : expected.entrySet()) {
                GraphManifest.FileCheck found = actual.get(entry.getKey());
                if (found == null) {
                    return "file " + entry.getKey() + " is missing";
                }
                if (found.crc32c() != entry.getValue().crc32c()) {
                    return "file " + entry.getKey() + " has a wrong checksum";
                }
            }
            return null;
        } catch (IOException e) {
            return "cannot read it: " + e.getMessage();
        }
    }

    private static long crc32c(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                crc.update(buffer, 0, read);
            }
        }
        return crc.getValue();
    }

    private static String difference(GraphManifest stored, GraphManifest expected) {
        StringBuilder text = new StringBuilder();
        appendIfDifferent(text, "GraphHopper version", stored.graphhopperVersion(), expected.graphhopperVersion());
        appendIfDifferent(text, "OSM file", stored.osmFile(), expected.osmFile());
        appendIfDifferent(text, "OSM size", stored.osmSize(), expected.osmSize());
        appendIfDifferent(text, "OSM modification time", stored.osmLastModified(), expected.osmLastModified());
        appendIfDifferent(text, "OSM content", stored.osmHash(), expected.osmHash());
        appendIfDifferent(text, "profiles", stored.profiles(), expected.profiles());
        appendIfDifferent(text, "encoded values", stored.encodedValues(), expected.encodedValues());
        appendIfDifferent(text, "minimum network size", stored.minNetworkSize(), expected.minNetworkSize());
        appendIfDifferent(text, "format", stored.format(), expected.format());
        return text.isEmpty() ? "unknown difference" : text.toString();
    }

    private static void appendIfDifferent(StringBuilder text, String what, Object stored, Object expected) {
        if (!Objects.equals(stored, expected)) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(what).append(' ').append(stored).append(" -> ").append(expected);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
