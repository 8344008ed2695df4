package org.careroute.server.internal;

import java.util.Set;

/** The states of a job. */
final class JobStatus {

    static final String QUEUED = "queued";
    static final String SOLVING = "solving";
    static final String DONE = "done";
    static final String FAILED = "failed";
    static final String CANCELLED = "cancelled";
    /** The service stopped while it was solving and the job was not resumed; its best plan is kept. */
    static final String INTERRUPTED = "interrupted";

    static final Set<String> FINAL = Set.of(DONE, FAILED, CANCELLED, INTERRUPTED);
    static final Set<String> ALL = Set.of(QUEUED, SOLVING, DONE, FAILED, CANCELLED, INTERRUPTED);

    private JobStatus() {
    }
}
