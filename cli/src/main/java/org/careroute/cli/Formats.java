package org.careroute.cli;

import java.time.Duration;
import java.util.Locale;

import org.careroute.core.api.model.PlanSummary;

/** Short human-readable forms of durations, distances and scores. */
final class Formats {

    private Formats() {
    }

    /** {@code 0:07}, {@code 12:30}, {@code 1:02:03}. */
    static String clock(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long secs = seconds % 60;
        return hours > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs)
                : String.format(Locale.ROOT, "%d:%02d", minutes, secs);
    }

    /** {@code 45 s}, {@code 12 min}, {@code 3 h 05 min}. */
    static String hoursMinutes(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = Math.round(seconds / 60.0);
        return minutes < 60
                ? minutes + " min"
                : String.format(Locale.ROOT, "%d h %02d min", minutes / 60, minutes % 60);
    }

    /** {@code 850 m}, {@code 153.2 km}. */
    static String distance(long meters) {
        return meters < 1000 ? meters + " m" : String.format(Locale.ROOT, "%.1f km", meters / 1000.0);
    }

    static String score(PlanSummary summary) {
        return summary.hardScore() + "hard/" + summary.mediumScore() + "medium/" + summary.softScore() + "soft";
    }
}
