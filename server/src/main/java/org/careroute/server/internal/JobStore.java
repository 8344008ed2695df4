package org.careroute.server.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.careroute.core.api.InvalidInputException;
import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jobs in the data directory: {@code jobs/ID/} holds {@code problem.json}, {@code published.json} (re-planning
 * only), {@code plan.json} (the best plan so far) and {@code job.json} (options and status), each written with
 * {@link DurableFile}. {@code job.json} is written last when a job is created, so a folder without it is a
 * submission that was never accepted. Only folders named like job ids are read: the service opens no path that a
 * request names.
 */
final class JobStore {

    private static final Logger LOG = LoggerFactory.getLogger(JobStore.class);
    static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

    private final Path jobs;

    JobStore(Path dataDir) throws IOException {
        this.jobs = dataDir.resolve("jobs");
        Files.createDirectories(jobs);
    }

    /** One job read back from the data directory. */
    record Stored(JobRecord record, Problem problem, Plan published, Plan best) {
    }

    void create(JobRecord record, Problem problem, Plan published) {
        Path folder = jobs.resolve(record.id());
        try {
            Files.createDirectory(folder);
            StringWriter text = new StringWriter();
            CarerouteJson.writeProblem(problem, text);
            DurableFile.write(folder.resolve("problem.json"), text.toString().getBytes(StandardCharsets.UTF_8));
            if (published != null) {
                writePlanFile(folder.resolve("published.json"), published, problem);
            }
            DurableFile.forceDirectory(jobs);
            writeRecord(record);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store job " + record.id() + " in " + folder, e);
        }
    }

    void writeRecord(JobRecord record) {
        try {
            DurableFile.write(jobs.resolve(record.id()).resolve("job.json"),
                    Json.MAPPER.writerWithDefaultPrettyPrinter()
                            .writeValueAsBytes(record.toJson()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the state of job " + record.id(), e);
        }
    }

    void writePlan(String id, Plan plan, Problem problem) {
        try {
            writePlanFile(jobs.resolve(id).resolve("plan.json"), plan, problem);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the plan of job " + id, e);
        }
    }

    private static void writePlanFile(Path file, Plan plan, Problem problem) throws IOException {
        StringWriter text = new StringWriter();
        CarerouteJson.writePlan(plan, problem, text);
        DurableFile.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Every job that can be read, oldest first; unreadable folders are logged and left alone. */
    List<Stored> loadAll() throws IOException {
        List<Stored> stored = new ArrayList<>();
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(jobs)) {
            for (Path folder : folders) {
                String name = folder.getFileName().toString();
                if (!ID.matcher(name).matches() || !Files.isDirectory(folder)) {
                    continue;
                }
                if (!Files.exists(folder.resolve("job.json"))) {
                    LOG.warn("{}: no job.json, a submission that was never accepted; ignored.", folder);
                    continue;
                }
                try {
                    stored.add(load(folder));
                } catch (IOException | RuntimeException e) {
                    LOG.warn("{}: cannot read this job ({}); ignored.", folder, e.getMessage());
                }
            }
        }
        stored.sort(Comparator.comparing(job -> Instant.parse(job.record().created())));
        return stored;
    }

    private static Stored load(Path folder) throws IOException {
        JobRecord record = JobRecord.fromJson(Json.MAPPER.readTree(folder.resolve("job.json").toFile()));
        if (!folder.getFileName().toString().equals(record.id())) {
            throw new IOException("job.json names job " + record.id());
        }
        if (!JobStatus.ALL.contains(record.status()) || record.created() == null || !List.of(JobRecord.SOLVE,
                JobRecord.REPLAN).contains(record.kind())) {
            throw new IOException("job.json has no valid status, kind or creation time");
        }
        Instant.parse(record.created());
        try {
            Problem problem = CarerouteJson.readProblem(folder.resolve("problem.json"));
            Plan published = readPlanIfPresent(folder.resolve("published.json"));
            Plan best = readPlanIfPresent(folder.resolve("plan.json"));
            return new Stored(record, problem, published, best);
        } catch (InvalidInputException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static Plan readPlanIfPresent(Path file) throws IOException {
        return Files.exists(file) ? CarerouteJson.readPlan(file) : null;
    }
}
