package org.careroute.core.internal.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareTeam;

/**
 * The teams' workload balance as the search estimates it ({@code workload-fairness}: per team, the squared
 * deviation in minutes of each caregiver's travel and service from the team mean), kept incrementally per route.
 */
final class TeamBalance {

    /** Weight of the team workload balance ({@code workload-fairness}: squared minutes). */
    private final long fairnessWeight;
    /** Per route its caregiver's number, per caregiver its team's number (-1: none). */
    private final int[] caregiverOfRoute;
    private final int[] teamOfCaregiver;
    /** Workload seconds (travel and service) per route and per caregiver. */
    private final long[] routeWork;
    private final long[] caregiverWork;
    /** Per team: size, sum and sum of squares of the caregivers' whole workload minutes. */
    private final long[] teamSize;
    private final long[] teamSum;
    private final long[] teamSumOfSquares;

    private TeamBalance(long weight, int[] caregiverOfRoute, int[] teamOfCaregiver, List<CareTeam> teamList,
            int routes) {
        this.fairnessWeight = weight;
        this.caregiverOfRoute = caregiverOfRoute;
        this.teamOfCaregiver = teamOfCaregiver;
        routeWork = new long[routes];
        caregiverWork = new long[teamOfCaregiver.length];
        teamSize = new long[teamList.size()];
        teamSum = new long[teamList.size()];
        teamSumOfSquares = new long[teamList.size()];
        for (int t = 0; t < teamSize.length; t++) {
            teamSize[t] = Math.max(1, teamList.get(t).getSize());
        }
    }

    /** The balance of the shifts' teams weighed by {@code weight}; {@code null} when no shift has a team. */
    static TeamBalance of(CareShift[] shifts, long weight) {
        Map<String, Integer> caregivers = new HashMap<>();
        Map<CareTeam, Integer> teams = new IdentityHashMap<>();
        int[] caregiverOfRoute = new int[shifts.length];
        int[] teamOf = new int[shifts.length];
        List<CareTeam> teamList = new ArrayList<>();
        for (int r = 0; r < shifts.length; r++) {
            int c = caregivers.computeIfAbsent(shifts[r].getCaregiverId(), id -> caregivers.size());
            caregiverOfRoute[r] = c;
            CareTeam team = shifts[r].getRules().getTeam();
            if (team == null) {
                teamOf[c] = -1;
            } else {
                teamOf[c] = teams.computeIfAbsent(team, t -> {
                    teamList.add(t);
                    return teamList.size() - 1;
                });
            }
        }
        if (teamList.isEmpty()) {
            return null;
        }
        return new TeamBalance(weight, caregiverOfRoute, Arrays.copyOf(teamOf, caregivers.size()), teamList,
                shifts.length);
    }

    /** The team's balance cost with the caregiver's workload changed by {@code delta} seconds, minus the cost now. */
    long change(int r, long delta) {
        if (delta == 0) {
            return 0;
        }
        int c = caregiverOfRoute[r];
        int t = teamOfCaregiver[c];
        if (t < 0) {
            return 0;
        }
        long before = caregiverWork[c] / 60;
        long after = (caregiverWork[c] + delta) / 60;
        long sum = teamSum[t] + after - before;
        long squares = teamSumOfSquares[t] + after * after - before * before;
        return teamCost(t, sum, squares) - teamCost(t, teamSum[t], teamSumOfSquares[t]);
    }

    private long teamCost(int t, long sum, long squares) {
        long n = teamSize[t];
        return fairnessWeight * ((n * squares - sum * sum) / n);
    }

    /** Sets route r's workload; returns the change of its team's balance cost. */
    long setRouteWork(int r, long work) {
        int c = caregiverOfRoute[r];
        int t = teamOfCaregiver[c];
        long delta = work - routeWork[r];
        routeWork[r] = work;
        if (t < 0 || delta == 0) {
            caregiverWork[c] += delta;
            return 0;
        }
        long costBefore = teamCost(t, teamSum[t], teamSumOfSquares[t]);
        long before = caregiverWork[c] / 60;
        caregiverWork[c] += delta;
        long after = caregiverWork[c] / 60;
        teamSum[t] += after - before;
        teamSumOfSquares[t] += after * after - before * before;
        return teamCost(t, teamSum[t], teamSumOfSquares[t]) - costBefore;
    }
}
