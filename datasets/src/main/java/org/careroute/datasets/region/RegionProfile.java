package org.careroute.datasets.region;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the generator needs to know about one region: where people live, where the teams start from, which
 * professions work which shifts, and what kinds of visit they make. Built from public facts (town coordinates and
 * approximate populations, the organisation of the region's home care); see {@code datasets/README.md} for the
 * assumptions of each profile.
 *
 * @param id
 *            the name on the command line ({@code --region varmland})
 * @param carSpeedKmh
 *            average door-to-door speed of the haversine travel model (slower where roads are rural and winding)
 * @param detourFactor
 *            road distance over great-circle distance
 */
public record RegionProfile(String id, String title, ZoneId zone, double carSpeedKmh, double detourFactor,
        List<Town> bases, List<Town> towns, List<Team> teams, List<VisitKind> kinds) {

    public RegionProfile {
        Objects.requireNonNull(id, "id");
        bases = List.copyOf(bases);
        towns = List.copyOf(towns);
        teams = List.copyOf(teams);
        kinds = List.copyOf(kinds);
        if (bases.isEmpty() || towns.isEmpty() || teams.isEmpty()) {
            throw new IllegalArgumentException("Region profile " + id + " needs bases, towns and teams.");
        }
        for (Team team : teams) {
            if (kinds.stream().noneMatch(k -> k.team().equals(team.id()))) {
                throw new IllegalArgumentException("Region profile " + id + ": team " + team.id()
                        + " has no visit kinds.");
            }
        }
        for (VisitKind kind : kinds) {
            Team team = find(teams, id, kind.team());
            if (!team.skills().containsAll(kind.requiredSkills())) {
                throw new IllegalArgumentException("Region profile " + id + ": visit kind " + kind.label()
                        + " needs skills " + kind.requiredSkills() + " that team " + team.id() + " lacks.");
            }
        }
    }

    /** The team with this id. */
    public Team team(String teamId) {
        return find(teams, id, teamId);
    }

    private static Team find(List<Team> teams, String profileId, String teamId) {
        for (Team team : teams) {
            if (team.id().equals(teamId)) {
                return team;
            }
        }
        throw new IllegalArgumentException("Region profile " + profileId + " has no team " + teamId + ".");
    }

    /** The visit kinds of one team. */
    public List<VisitKind> kindsOf(Team team) {
        return kinds.stream().filter(k -> k.team().equals(team.id())).toList();
    }

    /**
     * A town or village where patients live, or a team base.
     *
     * @param population
     *            inhabitants (approximate); patients are placed by population
     * @param radiusKm
     *            patients live uniformly within this distance of the centre
     */
    public record Town(String name, double lat, double lon, int population, double radiusKm) {

        public Town {
            if (population < 0 || radiusKm < 0) {
                throw new IllegalArgumentException("Town " + name + ": population and radius must not be negative.");
            }
        }
    }

    /**
     * One profession on one shift type.
     *
     * @param staffShare
     *            share of the caregivers (the shares of a profile need not sum to 1)
     * @param end
     *            shift end; earlier than {@code start} for a night shift ending the next morning
     * @param weekdaysOnly
     *            office-hours teams (consult and therapy teams) do not work on Saturdays and Sundays
     * @param utilisation
     *            share of the shift the team's visits and driving fill on an average day
     * @param travelMinutesPerVisit
     *            expected driving per visit, used to size the workload (long for teams covering a whole region)
     */
    public record Team(String id, String title, Set<String> skills, double staffShare, LocalTime start,
            LocalTime end, boolean weekdaysOnly, double utilisation, int travelMinutesPerVisit) {

        public Team {
            skills = Set.copyOf(skills);
            if (!(staffShare > 0) || !(utilisation > 0 && utilisation <= 1) || travelMinutesPerVisit < 0) {
                throw new IllegalArgumentException("Team " + id + ": share must be > 0, utilisation in (0, 1].");
            }
        }

        /** Length of the shift in minutes (across midnight for night shifts). */
        public int shiftMinutes() {
            int minutes = (end.toSecondOfDay() - start.toSecondOfDay()) / 60;
            return minutes <= 0 ? minutes + 24 * 60 : minutes;
        }

        public boolean overnight() {
            return !end.isAfter(start);
        }
    }

    /**
     * A kind of visit.
     *
     * @param frequency
     *            relative frequency within the team's visits
     * @param durationsMinutes
     *            the durations drawn from (uniformly)
     * @param window
     *            when the service may start
     * @param priority
     *            1-10, how much leaving an optional visit out costs
     * @param recurring
     *            probability that the visit goes to a patient who had the same kind on an earlier day (multi-day
     *            horizons: insulin every morning, wound care every other day)
     */
    public record VisitKind(String label, String team, Set<String> requiredSkills, int frequency,
            int[] durationsMinutes, WindowRule window, int priority, boolean mandatory, double recurring) {

        public VisitKind {
            requiredSkills = Set.copyOf(requiredSkills);
            durationsMinutes = durationsMinutes.clone();
            if (frequency < 1 || durationsMinutes.length == 0 || priority < 1 || priority > 10 || recurring < 0
                    || recurring > 1) {
                throw new IllegalArgumentException("Visit kind " + label + " has an invalid frequency, duration,"
                        + " priority or recurrence.");
            }
        }

        double meanDurationMinutes() {
            double sum = 0;
            for (int d : durationsMinutes) {
                sum += d;
            }
            return sum / durationsMinutes.length;
        }
    }

    /** When the service of a visit kind may start, relative to the day of the visit. */
    public sealed interface WindowRule {

        /**
         * Around a fixed time (medication, insulin): one of {@code times}, within plus or minus one of
         * {@code toleranceMinutes}.
         */
        record Fixed(List<LocalTime> times, int[] toleranceMinutes) implements WindowRule {
            public Fixed {
                times = List.copyOf(times);
                toleranceMinutes = toleranceMinutes.clone();
            }
        }

        /**
         * Anywhere between {@code from} and {@code to} (the service must also end by {@code to}); {@code to} before
         * {@code from} crosses midnight.
         */
        record Flexible(LocalTime from, LocalTime to) implements WindowRule {
        }

        /** One of several rules, drawn uniformly. */
        record OneOf(List<WindowRule> rules) implements WindowRule {
            public OneOf {
                rules = List.copyOf(rules);
            }
        }
    }
}
