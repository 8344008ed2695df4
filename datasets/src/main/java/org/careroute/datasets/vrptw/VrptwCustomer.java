package org.careroute.datasets.vrptw;

/**
 * One line of a Solomon / Gehring–Homberger instance, in the instance's own units. Number 0 is the depot.
 *
 * @param readyTime
 *            earliest start of service
 * @param dueDate
 *            latest start of service (for the depot: latest return)
 */
public record VrptwCustomer(int number, double x, double y, long demand, double readyTime, double dueDate,
        double serviceTime) {
}
