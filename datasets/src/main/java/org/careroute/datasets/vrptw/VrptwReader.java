package org.careroute.datasets.vrptw;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.careroute.core.api.InputError;
import org.careroute.core.api.InvalidInputException;

/**
 * Reads Solomon and Gehring–Homberger VRPTW files (the same layout): name line, {@code VEHICLE} section with
 * number and capacity, {@code CUSTOMER} section with one line per node (number, x, y, demand, ready time, due date,
 * service time), the depot first. Every problem found becomes an {@link InputError} naming the line; all of them
 * are reported at once.
 */
public final class VrptwReader {

    private static final int CUSTOMER_COLUMNS = 7;

    private final String source;
    private final List<InputError> errors = new ArrayList<>();

    private VrptwReader(String source) {
        this.source = source;
    }

    /** Reads an instance file; the file name is the source of every error. */
    public static VrptwInstance read(Path file) throws IOException {
        return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Reads an instance from text.
     *
     * @throws InvalidInputException
     *             listing every malformed line
     */
    public static VrptwInstance read(String text, String source) {
        return new VrptwReader(source).parse(text);
    }

    private VrptwInstance parse(String text) {
        List<String> lines = text.lines().toList();
        int index = nextNonBlank(lines, 0);
        if (index < 0) {
            throw documentFailure(
                    "the file is empty; expected a Solomon / Gehring-Homberger VRPTW instance (name, VEHICLE and"
                            + " CUSTOMER sections).");
        }
        String name = lines.get(index).trim();
        int vehicleHeader = find(lines, index + 1, "VEHICLE");
        int customerHeader = find(lines, Math.max(vehicleHeader, index) + 1, "CUSTOMER");
        if (vehicleHeader < 0 || customerHeader < 0) {
            throw documentFailure("no " + (vehicleHeader < 0 ? "VEHICLE" : "CUSTOMER")
                    + " section found; expected a Solomon / Gehring-Homberger VRPTW instance.");
        }
        long[] fleet = readFleet(lines, vehicleHeader, customerHeader);
        List<VrptwCustomer> nodes = readNodes(lines, customerHeader);
        if (nodes.isEmpty() && errors.isEmpty()) {
            errors.add(error(customerHeader + 1, "the CUSTOMER section has no lines; expected the depot (0) and"
                    + " the customers."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (nodes.get(0).number() != 0) {
            throw documentFailure("the first CUSTOMER line must be the depot, number 0, but is number "
                    + nodes.get(0).number() + ".");
        }
        return new VrptwInstance(name, (int) fleet[0], fleet[1], nodes);
    }

    private long[] readFleet(List<String> lines, int vehicleHeader, int customerHeader) {
        for (int i = vehicleHeader + 1; i < customerHeader; i++) {
            String[] fields = fields(lines.get(i));
            if (fields.length == 2 && isNumber(fields[0])) {
                long vehicles = wholeNumber(i, fields[0], "NUMBER of vehicles");
                long capacity = wholeNumber(i, fields[1], "CAPACITY");
                if (vehicles < 1 || vehicles > 100_000) {
                    errors.add(error(i, "NUMBER of vehicles (" + fields[0] + ") must be between 1 and 100000."));
                }
                if (capacity < 0) {
                    errors.add(error(i, "CAPACITY (" + fields[1] + ") must not be negative."));
                }
                return new long[]{vehicles, capacity};
            }
        }
        errors.add(error(vehicleHeader, "the VEHICLE section needs a line with two numbers, NUMBER and CAPACITY,"
                + " e.g. '25  200'."));
        return new long[]{1, 0};
    }

    private List<VrptwCustomer> readNodes(List<String> lines, int customerHeader) {
        List<VrptwCustomer> nodes = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        for (int i = customerHeader + 1; i < lines.size(); i++) {
            String[] fields = fields(lines.get(i));
            if (fields.length == 0 || !isNumber(fields[0])) {
                continue; // blank lines and the column header ("CUST NO. XCOORD. ...")
            }
            if (fields.length != CUSTOMER_COLUMNS) {
                errors.add(error(i, "expected 7 numbers (CUST NO., XCOORD., YCOORD., DEMAND, READY TIME, DUE DATE,"
                        + " SERVICE TIME), got " + fields.length + ": '" + lines.get(i).trim() + "'."));
                continue;
            }
            int errorsBefore = errors.size();
            long number = wholeNumber(i, fields[0], "CUST NO.");
            double x = decimal(i, fields[1], "XCOORD.");
            double y = decimal(i, fields[2], "YCOORD.");
            long demand = wholeNumber(i, fields[3], "DEMAND");
            double ready = decimal(i, fields[4], "READY TIME");
            double due = decimal(i, fields[5], "DUE DATE");
            double service = decimal(i, fields[6], "SERVICE TIME");
            if (errors.size() > errorsBefore) {
                continue;
            }
            checkNode(i, number, demand, ready, due, service);
            if (number >= 0 && number <= Integer.MAX_VALUE && !numbers.add((int) number)) {
                errors.add(error(i, "customer number " + number + " appears twice; every CUST NO. must be unique."));
            }
            nodes.add(new VrptwCustomer((int) Math.max(0, Math.min(number, Integer.MAX_VALUE)), x, y, demand, ready,
                    due, service));
        }
        return nodes;
    }

    private void checkNode(int line, long number, long demand, double ready, double due, double service) {
        if (number < 0 || number > 10_000_000) {
            errors.add(error(line, "CUST NO. (" + number + ") must be between 0 and 10000000."));
        }
        if (demand < 0) {
            errors.add(error(line, "DEMAND (" + demand + ") must not be negative."));
        }
        if (ready < 0 || service < 0) {
            errors.add(error(line, "READY TIME and SERVICE TIME (" + ready + ", " + service
                    + ") must not be negative."));
        }
        if (due < ready) {
            errors.add(error(line, "DUE DATE (" + due + ") is before READY TIME (" + ready + ")."));
        }
    }

    private long wholeNumber(int line, String text, String column) {
        try {
            return new BigDecimal(text).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            errors.add(error(line, column + " must be a whole number, got '" + text + "'."));
            return 0;
        }
    }

    private double decimal(int line, String text, String column) {
        try {
            double value = new BigDecimal(text).doubleValue();
            if (!Double.isFinite(value) || Math.abs(value) > 1e9) {
                errors.add(error(line, column + " (" + text + ") must be between -1e9 and 1e9."));
                return 0;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(error(line, column + " must be a number, got '" + text + "'."));
            return 0;
        }
    }

    private static boolean isNumber(String field) {
        return !field.isEmpty() && (Character.isDigit(field.charAt(0)) || field.charAt(0) == '-'
                || field.charAt(0) == '.');
    }

    private static String[] fields(String line) {
        String trimmed = line.trim();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    }

    private static int nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static int find(List<String> lines, int from, String header) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).trim().equalsIgnoreCase(header)) {
                return i;
            }
        }
        return -1;
    }

    private InputError error(int lineIndex, String message) {
        return new InputError(source, "", "line " + (lineIndex + 1) + ": " + message);
    }

    private InvalidInputException documentFailure(String message) {
        errors.add(new InputError(source, "", message));
        return new InvalidInputException(errors);
    }
}
