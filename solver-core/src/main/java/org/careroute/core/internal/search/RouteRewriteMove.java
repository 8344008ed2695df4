package org.careroute.core.internal.search;

import ai.timefold.solver.core.impl.domain.solution.descriptor.DefaultPlanningListVariableMetaModel;
import ai.timefold.solver.core.impl.domain.variable.descriptor.ListVariableDescriptor;
import ai.timefold.solver.core.impl.move.InnerMutableSolutionView;
import ai.timefold.solver.core.impl.score.director.VariableDescriptorAwareScoreDirector;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;

/**
 * Gives some shifts new visit lists, through Timefold's Move API so that its score director sees every change
 * (shadow variables and constraint streams update incrementally). Per shift only the part between the unchanged
 * head and the unchanged tail is touched, so a visit may move between the given shifts. Visits of the old lists that
 * no new list contains end unassigned; unassigned visits may appear in the new lists.
 *
 * <p>
 * The whole rewrite is one change for Timefold's shadow variables: the score director hears of every changed range
 * and of every visit assigned or unassigned (as Timefold's own multi-list moves tell it), and updates the shadow
 * variables once, when the move is done. The Move API's single-element operations update them after each element,
 * and with visits linked across routes every update walks Timefold's whole graph of shadow variables (to find waits
 * in a loop), so a rewrite of a dozen visits cost a dozen walks. This uses Timefold's score director SPI (an impl
 * package, as {@code Recommender} does); the Move API's operations remain the fallback for other solution views.
 */
final class RouteRewriteMove implements Move<CareSchedule> {

    private final PlanningListVariableMetaModel<CareSchedule, CareShift, CareVisit> variable;
    private final CareShift[] shifts;
    private final List<List<CareVisit>> newVisits;

    RouteRewriteMove(PlanningListVariableMetaModel<CareSchedule, CareShift, CareVisit> variable, CareShift[] shifts,
            List<List<CareVisit>> newVisits) {
        this.variable = variable;
        this.shifts = shifts;
        this.newVisits = newVisits;
    }

    @Override
    public void execute(MutableSolutionView<CareSchedule> view) {
        int[] head = new int[shifts.length];
        int[] tail = new int[shifts.length];
        for (int s = 0; s < shifts.length; s++) {
            List<CareVisit> old = shifts[s].getVisits();
            List<CareVisit> target = newVisits.get(s);
            int max = Math.min(old.size(), target.size());
            int h = 0;
            while (h < max && old.get(h) == target.get(h)) {
                h++;
            }
            int t = 0;
            while (t < max - h && old.get(old.size() - 1 - t) == target.get(target.size() - 1 - t)) {
                t++;
            }
            head[s] = h;
            tail[s] = t;
        }
        if (view instanceof InnerMutableSolutionView<CareSchedule> inner
                && variable instanceof DefaultPlanningListVariableMetaModel<CareSchedule, CareShift, CareVisit> list) {
            rewrite(inner.getScoreDirector(), list.variableDescriptor(), head, tail);
            return;
        }
        for (int s = 0; s < shifts.length; s++) {
            List<CareVisit> old = shifts[s].getVisits();
            for (int index = old.size() - tail[s] - 1; index >= head[s]; index--) {
                view.unassignValue(variable, shifts[s], index);
            }
        }
        for (int s = 0; s < shifts.length; s++) {
            List<CareVisit> target = newVisits.get(s);
            int from = head[s];
            int to = target.size() - tail[s];
            if (to > from) {
                view.assignValuesAndAdd(variable, new ArrayList<>(target.subList(from, to)), shifts[s], from);
            }
        }
    }

    /**
     * Replaces every shift's changed part at once: the visits leaving all lists are unassigned and those new to them
     * assigned, each changed range reported before and after the change, in the order of Timefold's own moves.
     */
    private void rewrite(VariableDescriptorAwareScoreDirector<CareSchedule> director,
            ListVariableDescriptor<CareSchedule> descriptor, int[] head, int[] tail) {
        List<CareVisit> leaving = new ArrayList<>();
        List<CareVisit> arriving = new ArrayList<>();
        Set<CareVisit> before = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<CareVisit> after = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int s = 0; s < shifts.length; s++) {
            List<CareVisit> old = shifts[s].getVisits();
            before.addAll(old.subList(head[s], old.size() - tail[s]));
            List<CareVisit> target = newVisits.get(s);
            after.addAll(target.subList(head[s], target.size() - tail[s]));
        }
        for (int s = 0; s < shifts.length; s++) {
            List<CareVisit> old = shifts[s].getVisits();
            for (CareVisit visit : old.subList(head[s], old.size() - tail[s])) {
                if (!after.contains(visit)) {
                    leaving.add(visit);
                }
            }
            List<CareVisit> target = newVisits.get(s);
            for (CareVisit visit : target.subList(head[s], target.size() - tail[s])) {
                if (!before.contains(visit)) {
                    arriving.add(visit);
                }
            }
        }
        for (CareVisit visit : leaving) {
            director.beforeListVariableElementUnassigned(descriptor, visit);
        }
        for (CareVisit visit : arriving) {
            director.beforeListVariableElementAssigned(descriptor, visit);
        }
        for (int s = 0; s < shifts.length; s++) {
            director.beforeListVariableChanged(descriptor, shifts[s], head[s], shifts[s].getVisits().size() - tail[s]);
        }
        for (int s = 0; s < shifts.length; s++) {
            List<CareVisit> old = shifts[s].getVisits();
            List<CareVisit> target = newVisits.get(s);
            List<CareVisit> changed = old.subList(head[s], old.size() - tail[s]);
            changed.clear();
            changed.addAll(target.subList(head[s], target.size() - tail[s]));
        }
        for (int s = 0; s < shifts.length; s++) {
            director.afterListVariableChanged(descriptor, shifts[s], head[s], shifts[s].getVisits().size() - tail[s]);
        }
        for (CareVisit visit : leaving) {
            director.afterListVariableElementUnassigned(descriptor, visit);
        }
        for (CareVisit visit : arriving) {
            director.afterListVariableElementAssigned(descriptor, visit);
        }
    }

    @Override
    public String describe() {
        return "RouteRewriteMove";
    }

    @Override
    public String toString() {
        return "rewrite of " + shifts.length + " routes";
    }
}
