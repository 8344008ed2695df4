package org.careroute.benchmarks;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A results CSV as the bench commands write it: a header line, then rows of as many cells; a cell with a comma or a
 * quote is quoted ({@code "a, b"}, {@code ""} for a quote). Problems are reported with the file, the line and the
 * column.
 */
final class ResultsCsv {

    private final List<Path> files;
    private final Map<String, Integer> columns;
    private final List<Row> rows;
    /** The first malformed row, reported when the rows are read (after the header told what the file is). */
    private String problem;

    private ResultsCsv(List<Path> files, Map<String, Integer> columns, List<Row> rows) {
        this.files = List.copyOf(files);
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * @throws IllegalArgumentException
     *             naming the file when it is missing, empty or not UTF-8 (a malformed row is reported by
     *             {@link #rows()})
     */
    static ResultsCsv read(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file; give a results CSV written by bench vrptw,"
                    + " bench hhc or bench scale.");
        } catch (MalformedInputException e) {
            throw new IllegalArgumentException(file + ": not a UTF-8 text file; give a results CSV written by bench"
                    + " vrptw, bench hhc or bench scale.");
        }
        if (Files.isDirectory(file) || lines.isEmpty() || lines.getFirst().isBlank()) {
            throw new IllegalArgumentException(file + ": empty; a results CSV starts with its header line.");
        }
        List<String> header = cells(file, 1, lines.getFirst());
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).trim(), i);
        }
        List<Row> rows = new ArrayList<>();
        ResultsCsv csv = new ResultsCsv(List.of(file), columns, rows);
        for (int i = 1; i < lines.size() && csv.problem == null; i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                List<String> cells = cells(file, i + 1, lines.get(i));
                if (cells.size() != header.size()) {
                    throw new IllegalArgumentException(file + ": line " + (i + 1) + ": " + cells.size()
                            + " cells where the header has " + header.size() + ".");
                }
                rows.add(csv.new Row(file, i + 1, cells));
            } catch (IllegalArgumentException e) {
                csv.problem = e.getMessage();
            }
        }
        return csv;
    }

    /**
     * The rows of several CSVs with the same header, in order (e.g. the Bazirha and the Bazirha-CAIE runs).
     *
     * @throws IllegalArgumentException
     *             naming the first file whose header differs from the first one's
     */
    static ResultsCsv concat(List<ResultsCsv> parts) {
        ResultsCsv first = parts.getFirst();
        List<Path> files = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (ResultsCsv part : parts) {
            if (!List.copyOf(part.columns.keySet()).equals(List.copyOf(first.columns.keySet()))) {
                throw new IllegalArgumentException(part.describe() + ": its header differs from the one of "
                        + first.describe() + "; chart results of one kind together.");
            }
            files.addAll(part.files);
            rows.addAll(part.rows);
        }
        ResultsCsv all = new ResultsCsv(files, first.columns, rows);
        all.problem = parts.stream().map(part -> part.problem).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
        return all;
    }

    /** The file paths, for messages. */
    String describe() {
        return String.join(", ", files.stream().map(Path::toString).toList());
    }

    /** The file names, for the chart. */
    String names() {
        return String.join(", ", files.stream().map(f -> f.getFileName().toString()).toList());
    }

    boolean hasColumns(String... names) {
        for (String name : names) {
            if (!columns.containsKey(name)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @throws IllegalArgumentException
     *             naming the file and line of the first row with the wrong number of cells or an unclosed quote
     */
    List<Row> rows() {
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return List.copyOf(rows);
    }

    /** One data row; {@code line} counts from 1 with the header. */
    final class Row {

        private final Path file;
        private final int line;
        private final List<String> cells;

        private Row(Path file, int line, List<String> cells) {
            this.file = file;
            this.line = line;
            this.cells = cells;
        }

        String text(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                throw new IllegalStateException("No column " + column);
            }
            return cells.get(index).trim();
        }

        /** The cell as a number; NaN when empty. */
        double number(String column) {
            String text = text(column);
            if (text.isEmpty()) {
                return Double.NaN;
            }
            try {
                double value = Double.parseDouble(text);
                if (Double.isFinite(value)) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(file + ": line " + line + ": column " + column + ": '" + text
                    + "' is not a number.");
        }

        /** {@code true} or {@code false}, any case. */
        boolean flag(String column) {
            String text = text(column).toLowerCase(Locale.ROOT);
            if (!text.equals("true") && !text.equals("false")) {
                throw new IllegalArgumentException(file + ": line " + line + ": column " + column + ": '" + text(
                        column) + "' is neither true nor false.");
            }
            return text.equals("true");
        }
    }

    private static List<String> cells(Path file, int line, String text) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(file + ": line " + line + ": a quoted cell is not closed.");
        }
        cells.add(cell.toString());
        return cells;
    }
}
