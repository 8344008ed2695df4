package org.careroute.core.internal.travel;

import java.util.List;
import java.util.Locale;

import org.careroute.core.api.InputError;
import org.careroute.core.api.InvalidInputException;

/**
 * Refuses a problem whose dense travel matrices cannot fit in the JVM, before allocating them, instead of failing
 * with an {@link OutOfMemoryError} halfway through. Each matrix needs 8 bytes per ordered pair of distinct locations.
 */
public final class MemoryGuard {

    /** The largest number of distinct locations a dense matrix can index ({@code n * n} fits in an int array). */
    public static final int MAX_LOCATIONS = 46_340;
    private static final double USABLE_SHARE = 0.8;

    private MemoryGuard() {
    }

    /** Checks against the memory this JVM can still use. */
    public static void check(int locations, int matrices) {
        Runtime runtime = Runtime.getRuntime();
        long available = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        check(locations, matrices, available);
    }

    /**
     * @throws InvalidInputException
     *             when the matrices need more than 80 % of {@code availableBytes} or more locations than a dense
     *             matrix can index
     */
    public static void check(int locations, int matrices, long availableBytes) {
        if (locations > MAX_LOCATIONS) {
            throw refuse("The problem has " + locations + " distinct locations; careroute's dense travel matrices"
                    + " support at most " + MAX_LOCATIONS + ". Split the region into smaller problems (per team or"
                    + " per area).");
        }
        long needed = bytes(locations, matrices);
        if (needed > availableBytes * USABLE_SHARE) {
            throw refuse(String.format(Locale.ROOT, "The problem has %d distinct locations: its %d travel %s"
                    + " about %.1f GB, but this JVM can use only %.1f GB more. Give it more memory (for the"
                    + " command line: JAVA_OPTS=-Xmx%dg ./careroute ...) or split the region into smaller problems"
                    + " (per team or per area).", locations, matrices, matrices == 1 ? "matrix needs" : "matrices need",
                    gigabytes(needed),
                    gigabytes(availableBytes), (long) Math.ceil(gigabytes(needed) / USABLE_SHARE) + 2));
        }
    }

    /** Bytes of {@code matrices} dense matrices (durations and distances as ints) over {@code locations}. */
    public static long bytes(int locations, int matrices) {
        return (long) matrices * locations * locations * 8L;
    }

    private static double gigabytes(long bytes) {
        return bytes / 1e9;
    }

    private static InvalidInputException refuse(String message) {
        return new InvalidInputException(List.of(new InputError("problem", "", message)));
    }
}
