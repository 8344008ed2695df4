package org.careroute.datasets.vrptw;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A VRPTW instance exactly as written in its file: the depot (customer 0) and the customers, at most
 * {@code vehicleCount} vehicles of {@code capacity}.
 */
public record VrptwInstance(String name, int vehicleCount, long capacity, List<VrptwCustomer> nodes) {

    public VrptwInstance {
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty() || nodes.get(0).number() != 0) {
            throw new IllegalArgumentException("Instance " + name + " must start with the depot (customer 0).");
        }
    }

    private static final Pattern CLASS = Pattern.compile("([A-Za-z]+)(\\d)");

    /**
     * The instance class of the literature: letters and first digit of the name, upper case ({@code C101} and
     * {@code c1_10_1} are class {@code C1}, {@code RC208} is {@code RC2}); the whole name when it does not look like
     * that.
     */
    public String instanceClass() {
        Matcher matcher = CLASS.matcher(name);
        return (matcher.lookingAt() ? matcher.group(1) + matcher.group(2) : name).toUpperCase(Locale.ROOT);
    }

    public VrptwCustomer depot() {
        return nodes.get(0);
    }

    /** The customers without the depot, in file order. */
    public List<VrptwCustomer> customers() {
        return nodes.subList(1, nodes.size());
    }

    /** Euclidean distance in double precision, the instances' travel time and cost. */
    public static double distance(VrptwCustomer a, VrptwCustomer b) {
        double dx = a.x() - b.x();
        double dy = a.y() - b.y();
        return Math.sqrt(dx * dx + dy * dy);
    }
}
