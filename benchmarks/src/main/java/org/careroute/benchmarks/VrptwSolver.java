package org.careroute.benchmarks;

import org.careroute.datasets.vrptw.VrptwInstance;

/** A solver under benchmark: careroute or a peer, fed the original instance data. */
public interface VrptwSolver {

    /** The name in reports and on the command line: {@code careroute}, {@code jsprit}, {@code ortools}. */
    String name();

    /** Solves on the calling thread, one search thread, within the budget. */
    Routes solve(VrptwInstance instance, Budget budget);
}
