package org.careroute.datasets.vrptw;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.careroute.core.api.InputError;
import org.careroute.core.api.InvalidInputException;

/** The best known solutions of {@code bks.csv}, looked up by instance name regardless of case. */
public final class BestKnownSolutions {

    private static final String HEADER = "instance,class,jobs,fleet_size,capacity,bks_vehicles,bks_distance,"
            + "distance_bks_vehicles,distance_bks";

    private final Map<String, BestKnown> byName;

    private BestKnownSolutions(Map<String, BestKnown> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    public static BestKnownSolutions read(Path file) throws IOException {
        return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * @throws InvalidInputException
     *             listing every malformed line
     */
    public static BestKnownSolutions read(String text, String source) {
        List<String> lines = text.lines().toList();
        List<InputError> errors = new ArrayList<>();
        if (lines.isEmpty() || !lines.get(0).trim().equals(HEADER)) {
            throw new InvalidInputException(List.of(new InputError(source, "", "line 1: expected the header '"
                    + HEADER + "'.")));
        }
        Map<String, BestKnown> rows = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] f = lines.get(i).trim().split(",", -1);
            try {
                if (f.length != 9) {
                    throw new IllegalArgumentException("expected 9 columns, got " + f.length);
                }
                BestKnown row = new BestKnown(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                        Long.parseLong(f[4]), Integer.parseInt(f[5]), Double.parseDouble(f[6]),
                        f[7].isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(f[7])),
                        f[8].isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(f[8])));
                rows.put(key(row.instance()), row);
            } catch (IllegalArgumentException e) {
                errors.add(new InputError(source, "", "line " + (i + 1) + ": " + e.getMessage() + ": '"
                        + lines.get(i).trim() + "'."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new BestKnownSolutions(rows);
    }

    public Optional<BestKnown> find(String instance) {
        return Optional.ofNullable(byName.get(key(instance)));
    }

    public int size() {
        return byName.size();
    }

    private static String key(String instance) {
        return instance.trim().toLowerCase(Locale.ROOT);
    }
}
