package org.careroute.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import net.fortuna.ical4j.model.Calendar;
import org.careroute.core.api.InvalidInputException;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.careroute.reports.CalendarExport;
import org.careroute.reports.GeoJsonExport;
import org.careroute.reports.HtmlReport;
import org.careroute.reports.ScheduleCsv;
import org.careroute.server.ServerOptions;
import org.careroute.server.ServerRoads;

/** {@code /v1/plans}: submit, list, poll, follow, stop and re-plan jobs, and their plan in every output format. */
final class PlanEndpoints {

    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final JobService jobs;
    private final ServerOptions options;
    private final Inputs inputs;
    private final ServerRoads roads;

    PlanEndpoints(JobService jobs, ServerOptions options, Inputs inputs, ServerRoads roads) {
        this.jobs = jobs;
        this.options = options;
        this.inputs = inputs;
        this.roads = roads;
    }

    void route(Exchange exchange, String method, String[] parts) {
        if (parts.length == 1) {
            ApiHandler.requireMethod(exchange, "GET", "POST");
            if (method.equals("POST")) {
                submit(exchange);
            } else {
                list(exchange);
            }
            return;
        }
        if (parts.length > 3) {
            throw ApiProblem.notFound("There is no API endpoint at " + ApiProblem.clip(exchange.path()) + ".");
        }
        Job job = job(parts[1]);
        if (parts.length == 2) {
            ApiHandler.requireMethod(exchange, "GET", "DELETE");
            if (method.equals("DELETE")) {
                exchange.allowOnly();
                exchange.json(200, JobJson.state(jobs.cancel(job, Duration.ofSeconds(10)), false));
            } else {
                exchange.allowOnly("plan");
                String withPlan = exchange.query().getValue("plan");
                if (withPlan != null && !withPlan.equals("true") && !withPlan.equals("false")) {
                    throw ApiProblem.invalidParameters(java.util.List.of(ApiProblem.parameter("plan",
                            "Use true or false.")));
                }
                exchange.json(200, JobJson.state(job, !"false".equals(withPlan)));
            }
            return;
        }
        String what = parts[2];
        if (what.equals("replan")) {
            ApiHandler.requireMethod(exchange, "POST");
            replan(exchange, job);
            return;
        }
        ApiHandler.requireMethod(exchange, "GET");
        switch (what) {
            case "events" -> {
                exchange.allowOnly();
                events(exchange, job);
            }
            case "problem" -> {
                exchange.allowOnly();
                StringWriter text = new StringWriter();
                try {
                    org.careroute.core.api.json.CarerouteJson.writeProblem(job.problem(), text);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                exchange.text(200, Exchange.JSON, text.toString());
            }
            case "plan" -> {
                exchange.allowOnly();
                exchange.text(200, Exchange.JSON, JobJson.planText(plan(job), job.problem()));
            }
            case "report" -> {
                exchange.allowOnly();
                Plan plan = plan(job);
                exchange.text(200, "text/html", write(writer -> HtmlReport.write(job.problem(), plan, jobs.planner()
                        .explain(job.problem(), plan), roads.geometry(), Instant.now(), writer)));
            }
            case "geojson" -> {
                exchange.allowOnly();
                Plan plan = plan(job);
                try {
                    exchange.text(200, "application/geo+json", write(writer -> GeoJsonExport.write(job.problem(),
                            plan, roads.geometry(), writer)));
                } catch (IllegalArgumentException e) {
                    throw ApiProblem.of(409, "no-coordinates", "No map coordinates", e.getMessage());
                }
            }
            case "csv" -> {
                exchange.allowOnly();
                Plan plan = plan(job);
                exchange.text(200, "text/csv", write(writer -> ScheduleCsv.write(job.problem(), plan, writer)));
            }
            case "ics" -> {
                exchange.allowOnly("caregiver");
                exchange.text(200, "text/calendar", calendar(job, exchange.query().getValue("caregiver")));
            }
            default -> throw ApiProblem.notFound("There is no API endpoint at " + ApiProblem.clip(exchange.path())
                    + "; a job has plan, problem, events, report, geojson, csv, ics and replan.");
        }
    }

    private void submit(Exchange exchange) {
        JobOptions jobOptions = JobOptions.fromQuery(exchange.query(), options, false);
        Problem problem = inputs.problem(exchange.body(options.maxBodyBytes()));
        accepted(exchange, jobs.submitSolve(problem, jobOptions));
    }

    private void replan(Exchange exchange, Job base) {
        JobOptions jobOptions = JobOptions.fromQuery(exchange.query(), options, true);
        Problem problem = inputs.problem(exchange.body(options.maxBodyBytes()));
        Job job;
        try {
            job = jobs.submitReplan(base, problem, jobOptions);
        } catch (InvalidInputException e) {
            throw ApiProblem.invalidInput(e, Map.of());
        }
        accepted(exchange, job);
    }

    private static void accepted(Exchange exchange, Job job) {
        exchange.header("Location", "/v1/plans/" + job.id());
        exchange.json(202, JobJson.state(job, false));
    }

    private void list(Exchange exchange) {
        exchange.allowOnly();
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode list = root.putArray("jobs");
        jobs.list().forEach(job -> list.add(JobJson.progress(job.record())));
        exchange.json(200, root);
    }

    private Job job(String id) {
        Job job = JobStore.ID.matcher(id).matches() ? jobs.get(id) : null;
        if (job == null) {
            throw ApiProblem.notFound("There is no job " + ApiProblem.clip(id) + "; GET /v1/plans lists the jobs.");
        }
        return job;
    }

    private static Plan plan(Job job) {
        Plan plan = job.bestPlan();
        if (plan == null) {
            throw ApiProblem.of(409, "no-plan-yet", "No plan yet", "Job " + job.id() + " is " + job.record().status()
                    + " and has no plan yet; follow /v1/plans/" + job.id() + "/events or try again shortly.");
        }
        return plan;
    }

    private static String calendar(Job job, String caregiverId) {
        Plan plan = plan(job);
        Map<String, Calendar> calendars = CalendarExport.calendars(job.problem(), plan, Instant.now());
        Calendar calendar;
        if (caregiverId == null) {
            calendar = CalendarExport.combined(job.problem(), plan, Instant.now());
        } else {
            calendar = calendars.get(caregiverId);
            if (calendar == null) {
                throw ApiProblem.notFound("Caregiver " + ApiProblem.clip(caregiverId) + " has no planned visits in"
                        + " this plan; caregivers with visits: " + String.join(", ", calendars.keySet()) + ".");
            }
        }
        return write(writer -> CalendarExport.write(calendar, writer));
    }

    /** Follows a job as server-sent events: {@code status} now and on every change, {@code progress} on new bests. */
    private void events(Exchange exchange, Job job) {
        BlockingQueue<Job.JobEvent> events = new LinkedBlockingQueue<>(10_000);
        Consumer<Job.JobEvent> listener = events::offer;
        job.listen(listener);
        exchange.startEvents();
        try {
            exchange.event("retry: 2000\n\n");
            Job.JobEvent next = new Job.JobEvent("status", JobJson.progress(job.record()));
            long idleNanos = 0;
            while (true) {
                if (next != null) {
                    exchange.event("event: " + next.name() + "\ndata: " + Json.MAPPER.writeValueAsString(next.data())
                            + "\n\n");
                    if (next.name().equals("status") && JobStatus.FINAL.contains(next.data().path("status")
                            .asText())) {
                        break;
                    }
                    idleNanos = 0;
                } else if (idleNanos >= KEEP_ALIVE.toNanos()) {
                    exchange.event(": keep-alive\n\n");
                    idleNanos = 0;
                }
                if (jobs.closing()) {
                    break;
                }
                next = events.poll(1, TimeUnit.SECONDS);
                idleNanos += next == null ? TimeUnit.SECONDS.toNanos(1) : 0;
            }
            exchange.end();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            // the client has gone
            exchange.fail(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.fail(e);
        } finally {
            job.unlisten(listener);
        }
    }

    private static String write(Content content) {
        StringWriter text = new StringWriter();
        try {
            content.writeTo(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    @FunctionalInterface
    private interface Content {
        void writeTo(java.io.Writer writer) throws IOException;
    }
}
