package org.careroute.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The instance files of a benchmark set directory, in natural order (C1_2_10 after C1_2_9), by file extension. */
final class InstanceFiles {

    private InstanceFiles() {
    }

    /**
     * The files of {@code setDirectory} ending in {@code extension} (e.g. {@code ".txt"}), in natural order; only
     * the named ones (file name without the extension, any case, in the given order) when {@code only} is not empty.
     *
     * @throws IllegalArgumentException
     *             naming the instances that are not in the set and some that are
     */
    static List<Path> list(Path setDirectory, String extension, List<String> only) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(setDirectory)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(extension)).sorted(Comparator
                    .comparing((Path file) -> naturalKey(stem(file, extension)))).toList();
        }
        if (only.isEmpty()) {
            return files;
        }
        List<Path> selected = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String name : only) {
            Optional<Path> file = files.stream().filter(f -> stem(f, extension).equalsIgnoreCase(name.trim()))
                    .findFirst();
            file.ifPresentOrElse(selected::add, () -> missing.add(name));
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("No instance " + String.join(", ", missing) + " in " + setDirectory
                    + "; available: " + files.stream().map(f -> stem(f, extension)).limit(12).toList() + (files
                            .size() > 12 ? " ..." : "")
                    + ".");
        }
        return selected;
    }

    /** The file name without {@code extension}. */
    static String stem(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.endsWith(extension) ? name.substring(0, name.length() - extension.length()) : name;
    }

    /** Digit runs zero-padded, so that names sort as numbers within their text. */
    private static String naturalKey(String stem) {
        StringBuilder key = new StringBuilder();
        for (String part : stem.toLowerCase(Locale.ROOT).split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)")) {
            key.append(!part.isEmpty() && part.chars().allMatch(Character::isDigit) && part.length() < 18
                    ? String.format("%018d", Long.parseLong(part))
                    : part);
        }
        return key.toString();
    }
}
