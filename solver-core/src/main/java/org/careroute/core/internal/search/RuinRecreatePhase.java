package org.careroute.core.internal.search;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;

/**
 * careroute's ruin-and-recreate search (SISR-style string removals around a seed visit, blink insertion, simulated
 * annealing), run as a Timefold custom phase.
 *
 * <p>
 * Every iteration ruins and recreates the search's own primitive copy of the routes ({@link SearchRoutes}), which
 * ranks insertions fast by the basic rules. If that estimate passes the annealing threshold, the changed routes are
 * applied to Timefold's working solution with a {@link RouteRewriteMove} and Timefold's score decides: hard, then
 * medium must not get worse, and the soft score may get worse by at most the threshold {@code -T ln U}. A rejected
 * change is undone by the inverse move. So every rule of the constraint provider, including rules the estimate does
 * not know, is respected exactly.
 *
 * <p>
 * Timefold only publishes a new best solution (events, progress, unimproved-time terminations) when a phase command
 * returns. The phase is therefore given as {@code commandCount} references to this same command: a command returns
 * whenever a new best was found and {@link Settings#publishInterval} has passed since the last one, with the best
 * routes in the working solution, and the next command puts the current routes back. Publishing never changes the
 * search's trajectory, so a run with an iteration budget is deterministic whatever the timing.
 *
 * <p>
 * Budget: with {@link Settings#iterationBudget} the phase stops after that many iterations (each iteration counts as
 * one evaluated move) and the annealing temperature follows the iterations; otherwise it runs until Timefold's
 * termination (time limit, cancellation...) and the temperature follows the time limit, or cycles every
 * {@code 100 000} iterations when there is no time limit.
 */
public final class RuinRecreatePhase implements PhaseCommand<CareSchedule> {

    /**
     * @param timeWeight
     *            weight of a travel second (insertion ranking)
     * @param distanceWeight
     *            weight of a travel metre (insertion ranking)
     * @param waitingWeight
     *            weight of a minute waited (insertion ranking; 0: waiting not estimated)
     * @param firstWaitingWeight
     *            weight of a minute waited before a route's first visit (insertion ranking)
     * @param fairnessWeight
     *            weight of the teams' workload balance, per squared minute (insertion ranking)
     * @param tardinessWeight
     *            weight of a second started after the preferred window (insertion ranking; 0: not estimated)
     * @param seed
     *            random seed
     * @param iterationBudget
     *            iterations to run ({@code null}: until Timefold's termination)
     * @param timeLimit
     *            Timefold's time limit ({@code null}: none), for the cooling schedule
     * @param commandCount
     *            how many times the command appears in the custom phase
     * @param publishInterval
     *            least time between two published best solutions
     * @param unimprovedTimeLimit
     *            stop when the best score has not improved for this long ({@code null}: never); Timefold's own
     *            unimproved-time termination does not apply to custom phases
     * @param targetScore
     *            stop as soon as the best score reaches this ({@code null}: never)
     */
    public record Settings(long timeWeight, long distanceWeight, long waitingWeight, long firstWaitingWeight,
            long fairnessWeight, long tardinessWeight, long seed, Long iterationBudget,
            Duration timeLimit,
            int commandCount, Duration publishInterval, double startTemperature, double endTemperature,
            double averageRemoved, int maxStringLength, double blinkRate, int neighbours, int nearRoutesFrom,
            Duration unimprovedTimeLimit, HardMediumSoftScore targetScore) {
    }

    private static final long CYCLE = 100_000;
    /** While mandatory visits are left out, one ruin in this many is a {@link WindowBandRemoval}. */
    private static final int BAND_ONE_IN = 4;
    private static final int MIN_OPTIONAL_RETRIES = 10;
    /**
     * Iterations without one more mandatory visit placed, while some are left out, before a {@link MandatoryRescue}.
     */
    private static final long RESCUE_AFTER = 1_000;
    /** Mandatory visits still left out at the end that are placed with violations as a last resort, at most. */
    private static final int MAX_LAST_RESORT = 50;

    private final Settings settings;
    private SplittableRandom random;
    private SearchRoutes routes;
    private StringRemoval removal;
    private BlinkInsertion insertion;
    private WindowBandRemoval bandRemoval;
    private ScarceFirstInsertion scarceFirst;
    private MandatoryRescue rescue;
    /** The iteration from which the number of mandatory visits left out has not fallen. */
    private long mandatoryStuckSince;
    private int mandatoryLeftOut;
    private PlanningListVariableMetaModel<CareSchedule, CareShift, CareVisit> variable;
    private int[] recreateBuffer;
    private int[] groupBuffer;

    private boolean started;
    private boolean finished;
    private int commandsUsed;
    private long iterations;
    private long timefoldEvaluations;
    private long solverStartNanos = System.nanoTime();
    private long phaseStartNanos;
    private double meanLegCost;

    private HardMediumSoftScore currentScore;
    private HardMediumSoftScore bestScore;
    private HardMediumSoftScore publishedScore;
    private int[][] best;
    /** The current routes (the mirror's) are the best ones. */
    private boolean currentIsBest;
    /** The working solution holds the best routes for publishing while the current routes differ. */
    private boolean workingSwitchedToBest;
    private long lastPublishNanos;
    private long lastImprovementNanos;

    public RuinRecreatePhase(Settings settings) {
        this.settings = settings;
    }

    /** Tells the phase when Timefold's clock started (its time limit counts from there). */
    public void solverStarted(long nanos) {
        this.solverStartNanos = nanos;
    }

    /** Iterations run so far (each one ruin and recreate, evaluated by the estimate and maybe by Timefold). */
    public long iterations() {
        return iterations;
    }

    /** Mirror iterations of {@link MandatoryRescue}s (not Timefold moves, not counted in {@link #iterations()}). */
    public long rescueIterations() {
        return rescue == null ? 0 : rescue.iterations();
    }

    /** Iterations whose routes were scored by Timefold. */
    public long timefoldEvaluations() {
        return timefoldEvaluations;
    }

    @Override
    public void changeWorkingSolution(PhaseCommandContext<CareSchedule> context) {
        if (finished) {
            return;
        }
        commandsUsed++;
        if (!started) {
            start(context);
        } else if (workingSwitchedToBest) {
            apply(context, routes.snapshot());
            workingSwitchedToBest = false;
        }
        while (true) {
            if (budgetSpent() || context.isPhaseTerminated() || unimprovedTooLong() || targetReached()) {
                finish(context);
                return;
            }
            iterate(context);
            rescueWhenStuck(context);
            if (bestScore.compareTo(publishedScore) > 0 && commandsUsed < settings.commandCount()
                    && System.nanoTime() - lastPublishNanos >= publishIntervalNanos()) {
                publishBest(context);
                return;
            }
        }
    }

    private void start(PhaseCommandContext<CareSchedule> context) {
        started = true;
        CareSchedule schedule = context.getWorkingSolution();
        variable = context.getSolutionMetaModel().genuineEntity(CareShift.class).listVariable("visits",
                CareVisit.class);
        routes = SearchRoutes.of(schedule, settings.timeWeight(), settings.distanceWeight(), settings
                .waitingWeight(), settings.firstWaitingWeight(), settings.fairnessWeight(),
                settings
                        .tardinessWeight());
        int[] locations = new int[routes.visitCount()];
        for (int v = 0; v < locations.length; v++) {
            locations[v] = routes.visits[v].facts().location();
        }
        CandidateLists candidates = CandidateLists.build(locations, routes.shifts[0].getTravel(),
                settings.timeWeight(), settings.distanceWeight(), settings.neighbours());
        removal = new StringRemoval(candidates, routes.routeCount(), routes.visitCount(), settings.averageRemoved(),
                settings.maxStringLength());
        insertion = new BlinkInsertion(settings.blinkRate(), settings.nearRoutesFrom() > 0 ? candidates : null,
                settings.nearRoutesFrom());
        bandRemoval = new WindowBandRemoval(routes.visitCount());
        scarceFirst = new ScarceFirstInsertion(settings.blinkRate());
        rescue = new MandatoryRescue(routes.visitCount());
        mandatoryLeftOut = routes.unassignedMandatory();
        random = new SplittableRandom(settings.seed());
        recreateBuffer = new int[routes.visitCount()];
        groupBuffer = new int[routes.visitCount()];
        int assigned = routes.visitCount() - routes.poolSize();
        int legs = assigned;
        for (int r = 0; r < routes.routeCount(); r++) {
            legs += routes.size(r) > 0 ? 1 : 0;
        }
        meanLegCost = legs == 0 ? 1.0 : Math.max(1.0, (double) routes.totalCost() / legs);
        currentScore = context.executeAndCalculateScore(new RouteRewriteMove(variable, new CareShift[0],
                List.of()));
        bestScore = currentScore;
        publishedScore = currentScore;
        best = routes.snapshot();
        currentIsBest = true;
        phaseStartNanos = System.nanoTime();
        lastPublishNanos = phaseStartNanos;
        lastImprovementNanos = phaseStartNanos;
    }

    private boolean unimprovedTooLong() {
        Duration limit = settings.unimprovedTimeLimit();
        return limit != null && (iterations & 63) == 0 && System.nanoTime() - lastImprovementNanos >= limit.toNanos();
    }

    private boolean targetReached() {
        HardMediumSoftScore target = settings.targetScore();
        return target != null && bestScore.compareTo(target) >= 0;
    }

    private boolean budgetSpent() {
        return settings.iterationBudget() != null && iterations >= settings.iterationBudget();
    }

    private long publishIntervalNanos() {
        return settings.publishInterval().toNanos();
    }

    private void iterate(PhaseCommandContext<CareSchedule> context) {
        iterations++;
        double temperature = temperature();
        long costBefore = routes.totalCost() + routes.unassignedValueCost();
        int mandatoryBefore = routes.unassignedMandatory();
        long priorityBefore = routes.unassignedPriority();
        // while mandatory visits are left out, some ruins clear the hour around one of them on several qualified
        // routes and recreate the mandatory visits scarcest first (an ejection chain through that hour)
        boolean band = routes.unassignedMandatory() > 0 && random.nextInt(BAND_ONE_IN) == 0;
        int removed = band
                ? bandRemoval.ruin(routes, StringRemoval.randomPooledMandatory(routes, random), random)
                : removal.ruin(routes, random);
        int count = 0;
        for (int i = 0; i < removed; i++) {
            int visit = band ? bandRemoval.removed(i) : removal.removed(i);
            if (routes.leadOf(visit) == visit) {
                recreateBuffer[count++] = visit;
            }
        }
        count = retryPooled(removed, count);
        int seed = band ? -1 : removal.targetedSeed();
        if (band) {
            count = scarceFirst.insertMandatory(routes, recreateBuffer, count, random);
        } else if (seed >= 0 && routes.routeOf(seed) < 0 && routes.isMovable(seed) && routes.group(seed) == null) {
            // the visit the ruin made room for goes first, before the visits that were in that room
            insertion.insertBest(routes, seed, random);
            count = without(recreateBuffer, count, seed);
        }
        insertion.recreate(routes, recreateBuffer, count, random);
        double threshold = -temperature * Math.log(random.nextDouble());
        int estimate = compare(mandatoryBefore, priorityBefore, costBefore, routes.unassignedMandatory(),
                routes.unassignedPriority(), routes.totalCost() + routes.unassignedValueCost(), threshold);
        if (estimate < 0 || routes.touchedCount() == 0) {
            routes.rollback();
            return;
        }
        timefoldEvaluations++;
        int touched = routes.touchedCount();
        CareShift[] shifts = new CareShift[touched];
        List<List<CareVisit>> after = new ArrayList<>(touched);
        List<List<CareVisit>> before = new ArrayList<>(touched);
        for (int i = 0; i < touched; i++) {
            int r = routes.touchedRoute(i);
            shifts[i] = routes.shifts[r];
            after.add(routes.currentVisits(r));
            before.add(routes.savedVisits(r));
        }
        HardMediumSoftScore score = context.executeAndCalculateScore(new RouteRewriteMove(variable, shifts, after));
        if (accepts(score, currentScore, threshold)) {
            routes.refreshSyncStarts();
            routes.commit();
            currentScore = score;
            currentIsBest = false;
            if (score.compareTo(bestScore) > 0) {
                bestScore = score;
                best = routes.snapshot();
                lastImprovementNanos = System.nanoTime();
                currentIsBest = true;
            }
        } else {
            context.execute(new RouteRewriteMove(variable, shifts, before));
            routes.rollback();
        }
    }

    /**
     * Runs a {@link MandatoryRescue} when mandatory visits have been left out for {@value #RESCUE_AFTER} iterations
     * without one more placed; keeps its routes only if Timefold scores them better than the current ones.
     */
    private void rescueWhenStuck(PhaseCommandContext<CareSchedule> context) {
        int leftOut = routes.unassignedMandatory();
        if (leftOut < mandatoryLeftOut || leftOut == 0) {
            mandatoryStuckSince = iterations;
        }
        mandatoryLeftOut = leftOut;
        if (leftOut == 0 || iterations - mandatoryStuckSince < RESCUE_AFTER) {
            return;
        }
        mandatoryStuckSince = iterations;
        int[][] before = routes.snapshot();
        if (!rescue.rescue(routes, removal, bandRemoval, scarceFirst, insertion, random, context::isPhaseTerminated)) {
            routes.restore(before);
            return;
        }
        CareShift[] shifts = routes.shifts;
        List<List<CareVisit>> after = new ArrayList<>(shifts.length);
        List<List<CareVisit>> previous = new ArrayList<>(shifts.length);
        for (int r = 0; r < shifts.length; r++) {
            after.add(routes.currentVisits(r));
            previous.add(routes.visitsOf(before, r));
        }
        timefoldEvaluations++;
        HardMediumSoftScore score = context.executeAndCalculateScore(new RouteRewriteMove(variable, shifts, after));
        if (score.compareTo(currentScore) <= 0) {
            context.execute(new RouteRewriteMove(variable, shifts, previous));
            routes.restore(before);
            return;
        }
        currentScore = score;
        currentIsBest = false;
        mandatoryLeftOut = routes.unassignedMandatory();
        if (score.compareTo(bestScore) > 0) {
            bestScore = score;
            best = routes.snapshot();
            lastImprovementNanos = System.nanoTime();
            currentIsBest = true;
        }
    }

    /**
     * Adds previously unassigned visits to the recreate list after the {@code count} removed ones: every mandatory
     * one, and optional ones from a random place of the pool until as many as were removed (at least
     * {@value #MIN_OPTIONAL_RETRIES}) are in. A region's day leaves thousands of optional visits out for good;
     * retrying all of them in every iteration made an iteration cost seconds. A visit with parts, or linked by
     * dependencies, goes in as the lead of its group, taken out whole first when only some of the group is planned.
     */
    private int retryPooled(int removed, int count) {
        int poolSize = routes.poolSize();
        if (poolSize == 0) {
            return count;
        }
        int optional = Math.max(MIN_OPTIONAL_RETRIES, removed);
        int offset = random.nextInt(poolSize);
        // the pool only grows at its end while this runs (a partly planned visit is taken out whole first), so the
        // first poolSize places stay the same
        for (int k = 0; k < poolSize && count < recreateBuffer.length; k++) {
            int visit = routes.poolVisit((offset + k) % poolSize);
            if (!routes.isMovable(visit) || !routes.isMandatory(visit) && optional == 0) {
                continue;
            }
            if (routes.group(visit) != null && !routes.isPooledGroup(visit)) {
                routes.removeGroup(visit, groupBuffer, 0);
                routes.recomputeTouched();
            }
            int lead = routes.leadOf(visit);
            if (contains(recreateBuffer, count, lead)) {
                continue;
            }
            if (!routes.isMandatory(visit)) {
                optional--;
            }
            recreateBuffer[count++] = lead;
        }
        return count;
    }

    private static int without(int[] values, int count, int value) {
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (values[i] != value) {
                values[kept++] = values[i];
            }
        }
        return kept;
    }

    /** Whether {@code values[0..count)} holds {@code value}. */
    static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** Estimate test: -1 reject, 1 accept. Lexicographic on unassigned mandatory, unassigned priority, then cost. */
    private static int compare(int mandatoryBefore, long priorityBefore, long costBefore, int mandatoryAfter,
            long priorityAfter, long costAfter, double threshold) {
        if (mandatoryAfter != mandatoryBefore) {
            return mandatoryAfter < mandatoryBefore ? 1 : -1;
        }
        if (priorityAfter != priorityBefore) {
            return priorityAfter < priorityBefore ? 1 : -1;
        }
        return costAfter <= costBefore + threshold ? 1 : -1;
    }

    private static boolean accepts(HardMediumSoftScore candidate, HardMediumSoftScore current, double threshold) {
        if (candidate.hardScore() != current.hardScore()) {
            return candidate.hardScore() > current.hardScore();
        }
        if (candidate.mediumScore() != current.mediumScore()) {
            return candidate.mediumScore() > current.mediumScore();
        }
        return candidate.softScore() >= current.softScore() - threshold;
    }

    /** Exponential cooling from the start to the end temperature (multiples of the mean leg cost). */
    private double temperature() {
        double progress;
        if (settings.iterationBudget() != null) {
            progress = (double) iterations / settings.iterationBudget();
        } else if (settings.timeLimit() != null) {
            long total = solverStartNanos + settings.timeLimit().toNanos() - phaseStartNanos;
            progress = total <= 0 ? 1.0 : (double) (System.nanoTime() - phaseStartNanos) / total;
        } else {
            progress = (double) (iterations % CYCLE) / CYCLE;
        }
        progress = Math.min(1.0, Math.max(0.0, progress));
        double start = settings.startTemperature() * meanLegCost;
        double end = settings.endTemperature() * meanLegCost;
        return start * Math.pow(end / start, progress);
    }

    private void publishBest(PhaseCommandContext<CareSchedule> context) {
        if (!currentIsBest) {
            apply(context, best);
            workingSwitchedToBest = true;
        }
        publishedScore = bestScore;
        lastPublishNanos = System.nanoTime();
    }

    private void finish(PhaseCommandContext<CareSchedule> context) {
        finished = true;
        if (!currentIsBest) {
            apply(context, best);
            routes.restore(best);
            currentIsBest = true;
        }
        placeLeftOutMandatoryVisits(context);
    }

    /**
     * Last resort for mandatory visits still left out: each goes where it adds the fewest hard violation seconds
     * (a caregiver with its skills, whose shift it can end within), kept only if Timefold's score improves (a visit
     * left out costs more than a few minutes of lateness). The search itself never inserts with a violation; without
     * this a visit that can only be served a little late stayed out of the plan.
     */
    private void placeLeftOutMandatoryVisits(PhaseCommandContext<CareSchedule> context) {
        int mandatory = routes.unassignedMandatory();
        if (mandatory == 0 || mandatory > MAX_LAST_RESORT) {
            return;
        }
        int[] left = new int[mandatory];
        int count = 0;
        for (int i = 0; i < routes.poolSize() && count < left.length; i++) {
            int visit = routes.poolVisit(i);
            if (routes.isMandatory(visit) && routes.isMovable(visit) && routes.group(visit) == null) {
                left[count++] = visit;
            }
        }
        for (int i = 0; i < count; i++) {
            int visit = left[i];
            int bestRoute = -1;
            int bestPosition = -1;
            long bestViolation = Long.MAX_VALUE;
            for (int r = 0; r < routes.routeCount(); r++) {
                if (!routes.canServe(r, visit)) {
                    continue;
                }
                for (int p = routes.firstMovablePosition(r); p <= routes.size(r); p++) {
                    long added = routes.addedViolation(r, visit, p);
                    if (added < bestViolation) {
                        bestViolation = added;
                        bestRoute = r;
                        bestPosition = p;
                    }
                }
            }
            if (bestRoute < 0) {
                continue;
            }
            routes.insert(visit, bestRoute, bestPosition);
            CareShift[] shifts = {routes.shifts[bestRoute]};
            HardMediumSoftScore score = context.executeAndCalculateScore(new RouteRewriteMove(variable, shifts, List
                    .of(routes.currentVisits(bestRoute))));
            if (score.compareTo(currentScore) > 0) {
                routes.commit();
                currentScore = score;
                bestScore = score;
                best = routes.snapshot();
            } else {
                context.execute(new RouteRewriteMove(variable, shifts, List.of(routes.savedVisits(bestRoute))));
                routes.rollback();
            }
        }
    }

    /** Sets the working solution's routes to the snapshot (the mirror stays as it is). */
    private void apply(PhaseCommandContext<CareSchedule> context, int[][] snapshot) {
        CareShift[] shifts = routes.shifts;
        List<List<CareVisit>> lists = new ArrayList<>(shifts.length);
        for (int r = 0; r < shifts.length; r++) {
            lists.add(routes.visitsOf(snapshot, r));
        }
        context.execute(new RouteRewriteMove(variable, shifts, lists));
    }
}
