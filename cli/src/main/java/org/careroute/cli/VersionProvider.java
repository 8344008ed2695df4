package org.careroute.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: careroute's own version and the git commit it was built from, the Timefold Solver version and the
 * running Java. The build fills version.properties (Maven resource filtering) and writes commit.properties
 * (src/build/git-commit.sh).
 */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        Properties properties = new Properties();
        load(properties, "version.properties");
        load(properties, "commit.properties");
        String commit = properties.getProperty("careroute.commit", "unknown");
        boolean localChanges = Boolean.parseBoolean(properties.getProperty("careroute.dirty", "false"));
        return new String[]{"careroute " + properties.getProperty("careroute.version", "(unknown version)")
                + " (git commit " + commit + (localChanges ? " with local changes" : "") + ")",
                "Timefold Solver " + properties.getProperty("timefold.version", "(unknown version)")
                        + " (community edition)",
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ", "
                        + System.getProperty("java.home") + ")"};
    }

    private static void load(Properties properties, String resource) {
        try (InputStream in = VersionProvider.class.getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
