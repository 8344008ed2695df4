package org.careroute.spark;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.careroute.core.api.Planner;
import org.careroute.core.api.VerificationReport;
import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.PlanSummary;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.UnassignedVisit;
import org.careroute.core.api.model.Visit;

/**
 * The driver's last step: for each input problem, merges its partitions' plans into one plan of the whole problem,
 * re-checks it with the verifier (independent of the solver) and writes it atomically to {@code plans/PROBLEM.json}.
 * The merged plan carries the verifier's recomputed score, which is exact also when partitions split a patient's
 * days. A partition without a plan leaves its visits out, each with the reason.
 */
final class MergedPlans {

    /** One merged plan: where it was written and what the verifier says. */
    record Merged(String problem, Path file, Plan plan, VerificationReport verification) {
    }

    private MergedPlans() {
    }

    static List<Merged> write(Map<String, Problem> problems, List<PartitionResult> results, Path plansDir)
            throws IOException {
        Planner planner = Planner.create();
        List<Merged> merged = new ArrayList<>();
        for (Map.Entry<String, Problem> entry : problems.entrySet()) {
            Problem problem = entry.getValue();
            List<Plan> plans = new ArrayList<>();
            Set<String> planned = new HashSet<>();
            List<String> failures = new ArrayList<>();
            for (PartitionResult result : results) {
                if (!result.problem().equals(entry.getKey())) {
                    continue;
                }
                if (result.planFile() != null) {
                    Plan plan = CarerouteJson.readPlan(Path.of(result.planFile()));
                    plans.add(plan);
                    plan.shifts().forEach(s -> s.visits().forEach(v -> planned.add(v.visitId())));
                    plan.unassignedVisits().forEach(u -> planned.add(u.visitId()));
                } else {
                    failures.add("partition " + result.partition() + " " + result.status() + ": " + result
                            .message());
                }
            }
            List<UnassignedVisit> missing = new ArrayList<>();
            String reason = failures.isEmpty() ? "its partition was not planned" : String.join("; ", failures);
            for (Visit visit : problem.visits()) {
                if (!planned.contains(visit.id())) {
                    missing.add(new UnassignedVisit(visit.id(), visit.mandatory(), List.of("Not planned: " + reason
                            + ".")));
                }
            }
            if (!missing.isEmpty()) {
                plans.add(new Plan(problem.name(), "0hard/0medium/0soft", new PlanSummary(0, 0, 0, true, 0, missing
                        .size(), 0, 0, 0, 0), List.of(), missing));
            }
            Plan plan = Planner.merge(problem, plans);
            VerificationReport report = planner.verify(problem, plan);
            plan = withSummary(plan, report.recomputed());
            Path file = plansDir.resolve(entry.getKey() + ".json");
            StringWriter json = new StringWriter();
            CarerouteJson.writePlan(plan, problem, json);
            AtomicFiles.writeString(file, json.toString());
            merged.add(new Merged(entry.getKey(), file, plan, report));
        }
        return merged;
    }

    /** The plan with the verifier's recomputed score (the partitions' sum can miss rules across partitions). */
    private static Plan withSummary(Plan plan, PlanSummary recomputed) {
        if (recomputed == null) {
            return plan;
        }
        String score = String.format(Locale.ROOT, "%dhard/%dmedium/%dsoft", recomputed.hardScore(), recomputed
                .mediumScore(), recomputed.softScore());
        return new Plan(plan.problemName(), score, recomputed, plan.shifts(), plan.unassignedVisits());
    }
}
