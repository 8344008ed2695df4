package org.careroute.datasets.region;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Random;

import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.HaversineTravel;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.TransportMode;
import org.careroute.datasets.region.RegionProfile.Team;
import org.careroute.datasets.region.RegionProfile.Town;
import org.careroute.datasets.region.RegionProfile.WindowRule;

/** Time windows of a profile's visit kinds on a day, and the drives that shape them. */
final class VisitWindows {

    private final RegionProfile profile;
    private final Random random;
    private final HaversineTravel travel;

    VisitWindows(RegionProfile profile, Random random) {
        this.profile = profile;
        this.random = random;
        this.travel = travel(profile);
    }

    /** The problem's travel model: haversine with the profile's detour factor and car speed. */
    static HaversineTravel travel(RegionProfile profile) {
        return new HaversineTravel(profile.detourFactor(), Map.of(TransportMode.CAR, profile.carSpeedKmh()));
    }

    /** A window drawn by a kind's rule for a visit of {@code minutes} on a shift of {@code team} starting on date. */
    TimeWindow draw(WindowRule rule, Team team, LocalDate date, int minutes) {
        return switch (rule) {
            case WindowRule.Fixed fixed -> {
                LocalTime time = fixed.times().get(random.nextInt(fixed.times().size()));
                int tolerance = fixed.toleranceMinutes()[random.nextInt(fixed.toleranceMinutes().length)];
                Instant target = at(dateOf(team, date, time), time);
                yield new TimeWindow(target.minusSeconds(tolerance * 60L), target.plusSeconds(tolerance * 60L));
            }
            case WindowRule.Flexible flexible -> flexible(flexible, team, date, minutes);
            case WindowRule.OneOf oneOf -> draw(oneOf.rules().get(random.nextInt(oneOf.rules().size())), team, date,
                    minutes);
        };
    }

    /** A flexible range as a window on the service start: the service must end by the range's end. */
    TimeWindow flexible(WindowRule.Flexible flexible, Team team, LocalDate date, int minutes) {
        Instant from = at(dateOf(team, date, flexible.from()), flexible.from());
        Instant to = at(dateOf(team, date, flexible.to()), flexible.to());
        if (!to.isAfter(from)) {
            to = at(dateOf(team, date, flexible.to()).plusDays(1), flexible.to());
        }
        Instant latestStart = to.minusSeconds(minutes * 60L);
        return new TimeWindow(from, latestStart.isAfter(from) ? latestStart : from);
    }

    /**
     * Moves a window into the part of the team's shift in which a caregiver starting {@code driveSeconds} away can be
     * there and back: an 07:30 insulin 60 km from the base, on a shift starting at 07:00, starts when the drive
     * allows. A window that opens too early moves later as a whole (a fixed time keeps its tolerance); one that ends
     * too late to be back is cut, or moves earlier as a whole when it would open too late.
     */
    TimeWindow reachable(TimeWindow window, Team team, LocalDate date, int minutes, long driveSeconds) {
        Instant earliest = shiftStart(team, date).plusSeconds(driveSeconds);
        Instant latest = shiftEnd(team, date).minusSeconds(driveSeconds + minutes * 60L);
        Duration width = Duration.between(window.start(), window.end());
        Instant start = window.start();
        Instant end = window.end();
        if (start.isBefore(earliest)) {
            end = end.plus(Duration.between(start, earliest));
            start = earliest;
        }
        end = end.isAfter(latest) ? latest : end;
        if (end.isBefore(start)) {
            // too late to be back: the window moves earlier as a whole, as far as the drive there allows
            start = end.minus(width).isBefore(earliest) ? earliest : end.minus(width);
            end = end.isBefore(start) ? start : end;
        }
        return new TimeWindow(start, end);
    }

    /** The drive from a base to a place, to the second as the solver's travel matrix has it. */
    long driveSeconds(Town base, GeoLocation location) {
        return driveSeconds(new GeoLocation(base.lat(), base.lon()), location);
    }

    /** The drive between two points, to the second as the solver's travel matrix has it. */
    long driveSeconds(GeoLocation from, GeoLocation to) {
        return travel.durationSeconds(from, to, TransportMode.CAR);
    }

    Instant shiftStart(Team team, LocalDate date) {
        return at(date, team.start());
    }

    Instant shiftEnd(Team team, LocalDate date) {
        return at(team.overnight() ? date.plusDays(1) : date, team.end());
    }

    /** Times before the start of a night shift belong to the morning after. */
    static LocalDate dateOf(Team team, LocalDate date, LocalTime time) {
        return team.overnight() && time.isBefore(team.start()) ? date.plusDays(1) : date;
    }

    Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(profile.zone()).toInstant();
    }
}
