package org.careroute.core.internal.search;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.careroute.core.api.SolveOptions;
import org.careroute.core.internal.domain.CareSchedule;

/**
 * The phases of a solve after the greedy initial routes: Timefold's construction heuristic (it places what the greedy
 * routes left out), then careroute's {@link RuinRecreatePhase}, optionally followed by Timefold's local search.
 *
 * <p>
 * The default is {@link Mode#RUIN_RECREATE}; for tuning, the system property {@code careroute.search} selects
 * {@code rr} (default), {@code rr+ls} (half of the time limit each) or {@code ls} (Timefold's default phases only), and
 * {@code careroute.search.t0} / {@code .t1} / {@code .removed} override the start and end temperatures (multiples
 * of the mean leg cost) and the average number of visits removed per iteration.
 */
public final class SearchPhases {

    /** Which phases follow the construction heuristic. */
    public enum Mode {
        RUIN_RECREATE, RUIN_RECREATE_THEN_LOCAL_SEARCH, LOCAL_SEARCH
    }

    static final int COMMAND_COUNT = 10_000;
    static final int BUDGET_COMMAND_COUNT = 50;
    static final double START_TEMPERATURE = 2.0;
    static final double END_TEMPERATURE = 0.02;
    static final double AVERAGE_REMOVED = 10.0;
    static final int MAX_STRING_LENGTH = 10;
    static final double BLINK_RATE = 0.01;
    static final int NEIGHBOURS = 100;
    static final int NEAR_ROUTES_FROM = 40;

    private final Mode mode;
    private final RuinRecreatePhase phase;
    private final List<PhaseConfig> configs;

    private SearchPhases(Mode mode, RuinRecreatePhase phase, List<PhaseConfig> configs) {
        this.mode = mode;
        this.phase = phase;
        this.configs = configs;
    }

    /** The phases of one solve (a new phase object each time: it holds the search's state). */
    public static SearchPhases forSolve(SolveOptions options, long timeWeight, long distanceWeight) {
        return forSolve(options, timeWeight, distanceWeight, modeFromProperty(), true);
    }

    public static SearchPhases forSolve(SolveOptions options, long timeWeight, long distanceWeight, Mode mode,
            boolean linkedVisits) {
        return forSolve(options, timeWeight, distanceWeight, 0, 0, 0, 0, mode, linkedVisits);
    }

    /**
     * The phases for a mode, with the weights of a minute waited, before an ordinary and before a route's first
     * visit, of the teams' workload balance (per squared minute) and of a second started after the preferred window in
     * the ruin-and-recreate estimate (0: not estimated); {@code linkedVisits}: the problem has visits the
     * ruin-and-recreate phase does not move (pins; it moves parts and visits linked by dependencies as groups).
     * Without them, Timefold's construction heuristic is left out before the
     * ruin-and-recreate phase: that phase retries the visits the greedy routes left out in every iteration, while
     * the construction heuristic puts a mandatory visit no route can take where the score likes it best, on a
     * caregiver without its skills (1 000 hard) rather than nowhere (3 600 hard), where no later change of the
     * ruin-and-recreate phase can take it out again without making the hard score worse (on a 1 000-visit region
     * day, two such placements kept the plan infeasible).
     */
    public static SearchPhases forSolve(SolveOptions options, long timeWeight, long distanceWeight,
            long waitingWeight, long firstWaitingWeight, long fairnessWeight, long tardinessWeight, Mode mode,
            boolean linkedVisits) {
        List<PhaseConfig> configs = new ArrayList<>();
        if (mode == Mode.LOCAL_SEARCH || linkedVisits) {
            configs.add(constructionHeuristic(options.timeLimit()));
        }
        if (mode == Mode.LOCAL_SEARCH) {
            configs.add(new LocalSearchPhaseConfig());
            return new SearchPhases(mode, null, configs);
        }
        Duration timeLimit = options.timeLimit();
        Duration phaseLimit = timeLimit;
        Long budget = options.moveCountLimit();
        if (mode == Mode.RUIN_RECREATE_THEN_LOCAL_SEARCH) {
            phaseLimit = timeLimit == null ? null : timeLimit.dividedBy(2);
            budget = budget == null ? null : Math.max(1, budget / 2);
        }
        Duration publish = Duration.ofMillis(100);
        if (timeLimit != null && timeLimit.dividedBy(COMMAND_COUNT / 3).compareTo(publish) > 0) {
            publish = timeLimit.dividedBy(COMMAND_COUNT / 3);
        }
        // A phase that ends on its own budget still runs the remaining (empty) commands as steps: few of them then.
        int commandCount = budget == null ? COMMAND_COUNT : BUDGET_COMMAND_COUNT;
        RuinRecreatePhase.Settings settings = new RuinRecreatePhase.Settings(timeWeight, distanceWeight,
                waitingWeight, firstWaitingWeight, fairnessWeight, tardinessWeight, options.seed(), budget, phaseLimit,
                commandCount,
                publish,
                doubleProperty("careroute.search.t0", START_TEMPERATURE),
                doubleProperty("careroute.search.t1", END_TEMPERATURE),
                doubleProperty("careroute.search.removed", AVERAGE_REMOVED), MAX_STRING_LENGTH, BLINK_RATE,
                NEIGHBOURS, (int) doubleProperty("careroute.search.near", NEAR_ROUTES_FROM),
                options.unimprovedTimeLimit(), options.targetScore() == null
                        ? null
                        : HardMediumSoftScore.parseScore(options.targetScore()));
        RuinRecreatePhase phase = new RuinRecreatePhase(settings);
        List<PhaseCommand<CareSchedule>> commands = Collections.nCopies(commandCount, phase);
        CustomPhaseConfig custom = new CustomPhaseConfig().withCustomPhaseCommandList(commands);
        if (mode == Mode.RUIN_RECREATE_THEN_LOCAL_SEARCH && phaseLimit != null) {
            custom.withTerminationConfig(new TerminationConfig()
                    .withSpentLimit(phaseLimit));
        }
        configs.add(custom);
        if (mode == Mode.RUIN_RECREATE_THEN_LOCAL_SEARCH) {
            configs.add(new LocalSearchPhaseConfig());
        }
        return new SearchPhases(mode, phase, configs);
    }

    /**
     * Timefold's construction heuristic for what the greedy routes left out, bounded by a tenth of the time limit:
     * it evaluates every position of every route per visit, which on a region (10 000 visits, a few thousand left
     * out) would take the whole time limit, while the ruin-and-recreate phase retries every unassigned visit in
     * each iteration anyway (pinned visits are left to the local search that follows it, see
     * {@link #defaultMode(boolean)}). Without a time limit (move-count limits, reproducible) it
     * runs to the end.
     */
    static ConstructionHeuristicPhaseConfig constructionHeuristic(Duration timeLimit) {
        ConstructionHeuristicPhaseConfig config = new ConstructionHeuristicPhaseConfig();
        if (timeLimit != null) {
            Duration share = timeLimit.dividedBy(10);
            config.withTerminationConfig(new TerminationConfig().withSpentLimit(share.compareTo(Duration.ofMillis(
                    100)) < 0 ? Duration.ofMillis(100) : share));
        }
        return config;
    }

    private static Mode modeFromProperty() {
        return defaultMode(false);
    }

    /**
     * The mode of a solve: the {@code careroute.search} system property when set (tuning), otherwise ruin and
     * recreate alone, or, where visits are pinned (the ruin-and-recreate phase does not move them, see
     * {@link SearchRoutes#isMovable}; it moves the parts of a visit and visits linked by dependencies together), ruin
     * and recreate for half of the time
     * and Timefold's local search for the other half. Routes with breaks and working-time rules need no local search:
     * the ruin-and-recreate phase times them exactly ({@link SearchRoutes}), and alone it reaches better plans within
     * the same time (solver-core/README.md, "Search", has the measured figures).
     */
    public static Mode defaultMode(boolean linkedVisits) {
        String value = System.getProperty("careroute.search");
        if (value == null) {
            return linkedVisits ? Mode.RUIN_RECREATE_THEN_LOCAL_SEARCH : Mode.RUIN_RECREATE;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "ls" -> Mode.LOCAL_SEARCH;
            case "rr+ls" -> Mode.RUIN_RECREATE_THEN_LOCAL_SEARCH;
            default -> Mode.RUIN_RECREATE;
        };
    }

    private static double doubleProperty(String name, double fallback) {
        String value = System.getProperty(name);
        return value == null ? fallback : Double.parseDouble(value);
    }

    public Mode mode() {
        return mode;
    }

    public List<PhaseConfig> configs() {
        return configs;
    }

    /** Marks the start of Timefold's clock (its time limit counts from there). */
    public void solverStarted(long nanos) {
        if (phase != null) {
            phase.solverStarted(nanos);
        }
    }

    /** Iterations of the ruin-and-recreate phase (0 without it). */
    public long iterations() {
        return phase == null ? 0 : phase.iterations();
    }

    /** Mirror iterations of the mandatory-visit rescues (0 without the ruin-and-recreate phase). */
    public long rescueIterations() {
        return phase == null ? 0 : phase.rescueIterations();
    }

    /** Iterations whose routes Timefold scored. */
    public long timefoldEvaluations() {
        return phase == null ? 0 : phase.timefoldEvaluations();
    }
}
