package org.careroute.core.internal.search;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;
import java.util.ArrayList;
import java.util.List;
import org.careroute.core.internal.domain.CareSchedule;
import org.careroute.core.internal.domain.CareShift;
import org.careroute.core.internal.domain.CareVisit;

/**
 * Gives some shifts new visit lists, through Timefold's Move API so that its score director sees every change
 * (shadow variables and constraint streams update incrementally). Per shift only the part between the unchanged
 * head and the unchanged tail is touched: first every shift's changed part is unassigned, then the new parts are
 * assigned, so a visit may move between the given shifts. Visits of the old lists that no new list contains end
 * unassigned; unassigned visits may appear in the new lists.
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
            CareShift shift = shifts[s];
            List<CareVisit> old = shift.getVisits();
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
            for (int index = old.size() - t - 1; index >= h; index--) {
                view.unassignValue(variable, shift, index);
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

    @Override
    public String describe() {
        return "RouteRewriteMove";
    }

    @Override
    public String toString() {
        return "rewrite of " + shifts.length + " routes";
    }
}
