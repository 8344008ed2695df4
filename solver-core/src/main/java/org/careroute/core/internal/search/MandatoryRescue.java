package org.careroute.core.internal.search;

import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * An escalation for a search stuck with mandatory visits left out: the optional visits leave every route, a short
 * search on the mirror places the mandatory visits alone, and the optional visits are then recreated around them.
 *
 * <p>
 * A day whose mandatory visits alone can be planned is often stuck the other way round: the construction and the
 * ruins fill the early hours with optional visits that no single ruin frees at once, and a fixed-time visit in a
 * remote town needs several routes' mornings moved together. Planned alone the mandatory visits find their places in
 * a few thousand cheap iterations (the region generator proves each day's feasibility that way), and the optional
 * visits then take whatever room is left. The caller judges the result with the whole score and keeps it only if it
 * is better (fewer mandatory visits left out outweighs optional ones lost), so the rescue can only help.
 *
 * <p>
 * Only ordinary optional visits leave the routes; visits with parts or dependencies stay, as do pinned and started
 * ones. Mirror iterations use the string and window-band ruins with the scarcest-first recreate and accept by
 * {@link RuinRecreatePhase}'s estimate order (mandatory left out, then cost); they are not Timefold moves and do not
 * count towards the iteration budget.
 */
final class MandatoryRescue {

    /** Iterations of the mandatory-only search per rescue, at most. */
    static final int ITERATIONS = 3_000;

    private final int[] buffer;
    private long iterations;

    MandatoryRescue(int visitCount) {
        this.buffer = new int[visitCount];
    }

    /** Mirror iterations run by all rescues so far. */
    long iterations() {
        return iterations;
    }

    /**
     * Rewrites the mirror's routes (committed state in, committed state out): optional visits out, mandatory visits
     * searched alone, optional visits recreated. Returns whether fewer mandatory visits are left out than before;
     * the caller scores the routes and restores its snapshot when it does not keep them.
     */
    boolean rescue(SearchRoutes routes, StringRemoval removal, WindowBandRemoval band,
            ScarceFirstInsertion scarceFirst, BlinkInsertion insertion, SplittableRandom random,
            BooleanSupplier stop) {
        int mandatoryBefore = routes.unassignedMandatory();
        if (stripOptional(routes) == 0) {
            // nothing holds the mandatory visits' room but each other: that is the ordinary search's work
            return false;
        }
        for (int i = 0; i < ITERATIONS && routes.unassignedMandatory() > 0 && !stop.getAsBoolean(); i++) {
            iterate(routes, removal, band, scarceFirst, insertion, random);
        }
        if (routes.unassignedMandatory() >= mandatoryBefore) {
            return false;
        }
        int count = 0;
        for (int i = 0; i < routes.poolSize(); i++) {
            int visit = routes.poolVisit(i);
            if (routes.isMovable(visit) && routes.group(visit) == null) {
                buffer[count++] = visit;
            }
        }
        insertion.recreate(routes, buffer, count, random);
        routes.commit();
        return true;
    }

    /** Takes every movable ordinary optional visit out of its route; returns how many went. */
    private static int stripOptional(SearchRoutes routes) {
        int stripped = 0;
        for (int r = 0; r < routes.routeCount(); r++) {
            for (int position = routes.size(r) - 1; position >= routes.firstMovablePosition(r); position--) {
                int visit = routes.visitAt(r, position);
                if (!routes.isMandatory(visit) && routes.isMovable(visit) && routes.group(visit) == null) {
                    routes.remove(visit);
                    stripped++;
                }
            }
        }
        routes.recomputeTouched();
        routes.commit();
        return stripped;
    }

    /** One mirror iteration over the mandatory visits: ruin, recreate scarcest first, keep if no worse. */
    private void iterate(SearchRoutes routes, StringRemoval removal, WindowBandRemoval band,
            ScarceFirstInsertion scarceFirst, BlinkInsertion insertion, SplittableRandom random) {
        iterations++;
        int mandatoryBefore = routes.unassignedMandatory();
        long costBefore = routes.totalCost();
        boolean useBand = random.nextBoolean();
        int removed = useBand
                ? band.ruin(routes, StringRemoval.randomPooledMandatory(routes, random), random)
                : removal.ruin(routes, random);
        int count = 0;
        for (int i = 0; i < removed; i++) {
            int visit = useBand ? band.removed(i) : removal.removed(i);
            if (routes.leadOf(visit) == visit) {
                buffer[count++] = visit;
            }
        }
        for (int i = 0; i < routes.poolSize() && count < buffer.length; i++) {
            int visit = routes.poolVisit(i);
            if (routes.isMandatory(visit) && routes.isMovable(visit) && routes.group(visit) == null
                    && !RuinRecreatePhase.contains(buffer, count, visit)) {
                buffer[count++] = visit;
            }
        }
        int others = scarceFirst.insertMandatory(routes, buffer, count, random);
        insertion.recreate(routes, buffer, others, random);
        int mandatoryAfter = routes.unassignedMandatory();
        if (mandatoryAfter < mandatoryBefore || mandatoryAfter == mandatoryBefore && routes.totalCost() <= costBefore) {
            routes.commit();
        } else {
            routes.rollback();
        }
    }
}
