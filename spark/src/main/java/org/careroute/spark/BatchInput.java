package org.careroute.spark;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.careroute.core.api.InputError;
import org.careroute.core.api.InvalidInputException;
import org.careroute.core.api.Partition;
import org.careroute.core.api.PartitionBy;
import org.careroute.core.api.Planner;
import org.careroute.core.api.ProblemValidator;
import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.Visit;

/**
 * The driver's side of the input: reads and validates every problem, splits each into partitions and makes one
 * {@link PartitionTask} per partition, largest first (so that the longest solves start first and the batch ends
 * evenly). Nothing reaches Spark until every problem and every partition is valid.
 */
final class BatchInput {

    private final Map<String, Problem> problems;
    private final List<PartitionTask> tasks;

    private BatchInput(Map<String, Problem> problems, List<PartitionTask> tasks) {
        this.problems = problems;
        this.tasks = tasks;
    }

    /** The input problems by id (file name without {@code .json}), in the order given. */
    Map<String, Problem> problems() {
        return problems;
    }

    /** The partitions, largest first. */
    List<PartitionTask> tasks() {
        return tasks;
    }

    /**
     * @throws InvalidInputException
     *             listing every problem of every file (with its JSON pointer), every invalid partition and
     *             duplicate problem names
     */
    static BatchInput read(List<Path> files, BatchOptions.Split split) {
        List<InputError> errors = new ArrayList<>();
        Map<String, Problem> problems = new LinkedHashMap<>();
        Map<String, Path> fileOf = new LinkedHashMap<>();
        for (Path file : files) {
            String id = file.getFileName().toString().replaceFirst("\\.json$", "");
            Path earlier = fileOf.putIfAbsent(id, file);
            if (earlier != null) {
                errors.add(new InputError(file.toString(), "", "Two problem files are named " + id + ".json (also "
                        + earlier + "); the batch names plans after their problem file: rename one."));
                continue;
            }
            try {
                problems.put(id, CarerouteJson.readProblem(file));
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            } catch (IOException e) {
                errors.add(new InputError(file.toString(), "", "Cannot read the file: " + e.getMessage()));
            }
        }
        List<PartitionTask> tasks = new ArrayList<>();
        for (Map.Entry<String, Problem> entry : problems.entrySet()) {
            String source = fileOf.get(entry.getKey()).toString();
            try {
                tasks.addAll(tasksOf(entry.getKey(), source, entry.getValue(), split, errors));
            } catch (IllegalArgumentException e) {
                errors.add(new InputError(source, "", e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        tasks.sort(Comparator.comparingInt(PartitionTask::visits).reversed());
        return new BatchInput(problems, tasks);
    }

    private static List<PartitionTask> tasksOf(String id, String source, Problem problem, BatchOptions.Split split,
            List<InputError> errors) {
        List<Partition> partitions = switch (split) {
            case FILE -> List.of(whole(id, problem));
            case BASE -> Planner.partitions(problem, PartitionBy.BASE);
            case TEAM -> Planner.partitions(problem, PartitionBy.TEAM);
            case DAY -> Planner.partitions(problem, PartitionBy.DAY);
        };
        List<PartitionTask> tasks = new ArrayList<>();
        for (int i = 0; i < partitions.size(); i++) {
            Partition partition = partitions.get(i);
            Problem sub = split == BatchOptions.Split.FILE ? problem : Planner.subProblem(problem, partition);
            String where = source + " partition " + partition.name();
            List<InputError> subErrors = ProblemValidator.validate(sub, where);
            if (!subErrors.isEmpty()) {
                errors.addAll(subErrors);
                continue;
            }
            tasks.add(new PartitionTask(id, partition.name(), key(i, partition.name()), sub.visits().size(), sub
                    .caregivers().size(), json(sub)));
        }
        return tasks;
    }

    private static Partition whole(String id, Problem problem) {
        return new Partition(id, problem.caregivers().stream().map(Caregiver::id).toList(), problem.caregivers()
                .stream().flatMap(c -> c.shifts().stream()).map(Shift::id).toList(),
                problem.visits().stream().map(
                        Visit::id).toList());
    }

    /** {@code p003-59.37930_13.50360}: the partition's position and its name, safe as a file name. */
    static String key(int index, String name) {
        return String.format(Locale.ROOT, "p%03d-%s", index, name.replaceAll("[^A-Za-z0-9._-]+", "_"));
    }

    private static String json(Problem problem) {
        StringWriter out = new StringWriter();
        try {
            CarerouteJson.writeProblem(problem, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
