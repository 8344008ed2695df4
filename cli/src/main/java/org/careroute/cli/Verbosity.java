package org.careroute.cli;

/**
 * How much the command line tells.
 *
 * @param quiet
 *            no progress display and no INFO log lines
 * @param debug
 *            stack traces of unexpected errors and more log lines
 */
record Verbosity(boolean quiet, boolean debug) {
}
