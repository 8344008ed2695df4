package org.careroute.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.careroute.core.api.SolveOptions;

/**
 * The command line of {@link PlanBatch}.
 *
 * @param problems
 *            the problem files, in the order given (a directory contributes its {@code *.json} files by name)
 * @param partitionBy
 *            {@code file}, {@code base}, {@code team} or {@code day}
 * @param master
 *            the Spark master when none is configured ({@code spark-submit --master} wins); {@code null} for
 *            {@code local[*]}
 */
record BatchOptions(List<Path> problems, Split partitionBy, Path out, Duration timeLimit, Long moveCountLimit,
        long seed, String master) {

    /** How the input problems become partitions. */
    enum Split {
        FILE, BASE, TEAM, DAY
    }

    static final String USAGE = "Usage: PlanBatch --problems DIR_OR_FILES --partition-by file|base|team|day --out DIR"
            + " [--time-limit 5m | --move-count-limit N] [--seed N] [--master URL]";

    private static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(5);
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

    BatchOptions {
        problems = List.copyOf(problems);
    }

    /** Per partition: the time limit or the move-count limit, and the seed. */
    SolveOptions solveOptions() {
        return new SolveOptions(moveCountLimit == null ? timeLimit : null, null, null, moveCountLimit, seed, null);
    }

    /**
     * @throws IllegalArgumentException
     *             with a message for the user, for any bad option
     */
    static BatchOptions parse(String... args) {
        List<String> problemArgs = new ArrayList<>();
        Split split = null;
        Path out = null;
        Duration timeLimit = null;
        Long moves = null;
        long seed = 0;
        String master = null;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--help") || name.equals("-h")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Option " + name + " needs a value.\n" + USAGE);
            }
            String value = args[++i];
            switch (name) {
                case "--problems" -> problemArgs.addAll(List.of(value.split(",")));
                case "--partition-by" -> split = split(value);
                case "--out" -> out = Path.of(value);
                case "--time-limit" -> timeLimit = duration(value);
                case "--move-count-limit" -> moves = positive(name, value);
                case "--seed" -> seed = number(name, value);
                case "--master" -> master = value;
                case "--osm" -> throw new IllegalArgumentException("--osm: road travel is not available in the Spark"
                        + " batch yet; give the problems haversine travel, or an explicit travel matrix (travel mode"
                        + " matrix, partitioned by file or day).");
                default -> throw new IllegalArgumentException("Unknown option " + name + ".\n" + USAGE);
            }
        }
        if (problemArgs.isEmpty() || split == null || out == null) {
            throw new IllegalArgumentException("--problems, --partition-by and --out are required.\n" + USAGE);
        }
        if (timeLimit != null && moves != null) {
            throw new IllegalArgumentException("Give --time-limit or --move-count-limit, not both.");
        }
        return new BatchOptions(files(problemArgs), split, out, moves == null && timeLimit == null
                ? DEFAULT_TIME_LIMIT
                : timeLimit, moves, seed, master);
    }

    private static Split split(String value) {
        try {
            return Split.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--partition-by '" + value + "' is not one of file, base, team, day.");
        }
    }

    private static List<Path> files(List<String> args) {
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            Path path = Path.of(arg.trim());
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                            .sorted().forEach(files::add);
                } catch (java.io.IOException e) {
                    throw new IllegalArgumentException("--problems: cannot list " + path + ": " + e.getMessage());
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new IllegalArgumentException("--problems: " + path + " is neither a file nor a directory.");
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("--problems: no *.json problem files in " + String.join(",", args)
                    + ".");
        }
        return files;
    }

    /** {@code 90s}, {@code 5m}, {@code 1h}, {@code 500ms} or ISO-8601 ({@code PT5M}). */
    static Duration duration(String value) {
        Matcher m = SHORT_DURATION.matcher(value.trim());
        Duration d;
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            d = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        } else {
            try {
                d = Duration.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--time-limit '" + value + "' is not a duration; write 30s, 5m,"
                        + " 1h or PT5M.");
            }
        }
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("--time-limit '" + value + "' must be positive.");
        }
        return d;
    }

    private static long number(String name, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " '" + value + "' is not a whole number.");
        }
    }

    private static long positive(String name, String value) {
        long n = number(name, value);
        if (n <= 0) {
            throw new IllegalArgumentException(name + " '" + value + "' must be positive.");
        }
        return n;
    }
}
