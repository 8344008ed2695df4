package org.careroute.datasets.uhhc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The published solutions of the UHHC data ({@code solutions/simulated-annealing/SET/sol-NAME-SEED.json} with their
 * {@code cost.objective}, {@code solutions/cp-sat/NAME.sol.json} without a cost), each checked and scored by {@link
 * UhhcEvaluator} against its instance.
 */
public final class UhhcReferenceSolutions {

    private static final Pattern SOLUTION_NAME = Pattern.compile("(?:sol-)?(.+?)(?:-\\d+)?(?:\\.sol)?\\.json");

    /**
     * One published solution.
     *
     * @param objective
     *            the published {@code cost.objective}, or the computed objective where none is published
     * @param computedObjective
     *            the objective {@link UhhcEvaluator} computes
     */
    public record Reference(String instance, Path file, String method, double objective, double computedObjective,
            boolean valid) {
    }

    private final Map<String, List<Reference>> byInstance;

    private UhhcReferenceSolutions(Map<String, List<Reference>> byInstance) {
        this.byInstance = byInstance;
    }

    /** Reads and scores every solution under {@code solutionsDirectory}; instances are found in {@code instances}. */
    public static UhhcReferenceSolutions load(Path solutionsDirectory, Path instancesDirectory) throws IOException {
        Map<String, List<Reference>> byInstance = new LinkedHashMap<>();
        if (!Files.isDirectory(solutionsDirectory)) {
            return new UhhcReferenceSolutions(byInstance);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(solutionsDirectory)) {
            files = walk.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        Map<Path, UhhcInstance> instances = new LinkedHashMap<>();
        for (Path file : files) {
            Path instanceFile = findInstance(instancesDirectory, file);
            if (instanceFile == null) {
                continue;
            }
            UhhcInstance instance = instances.get(instanceFile);
            if (instance == null) {
                instance = UhhcReader.readInstance(instanceFile);
                instances.put(instanceFile, instance);
            }
            UhhcSolution solution = UhhcReader.readSolution(file);
            UhhcEvaluation evaluation = UhhcEvaluator.evaluate(instance, solution);
            double objective = solution.cost() != null ? solution.cost().objective() : evaluation.objective();
            String method = solutionsDirectory.relativize(file).getName(0).toString();
            String name = instanceName(file);
            byInstance.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(new Reference(name,
                    file, method, objective, evaluation.objective(), evaluation.valid()));
        }
        return new UhhcReferenceSolutions(byInstance);
    }

    /** Every published solution of an instance (any case). */
    public List<Reference> of(String instance) {
        return byInstance.getOrDefault(instance.toLowerCase(Locale.ROOT), List.of());
    }

    /** The best valid published solution of an instance. */
    public Optional<Reference> best(String instance) {
        return of(instance).stream().filter(Reference::valid).min(Comparator.comparingDouble(Reference::objective));
    }

    /** The best valid published solution of an instance found with one method ({@code simulated-annealing}...). */
    public Optional<Reference> best(String instance, String method) {
        return of(instance).stream().filter(Reference::valid).filter(r -> r.method().equals(method)).min(Comparator
                .comparingDouble(Reference::objective));
    }

    /** {@code sol-D3-1054826146.json} and {@code D3.sol.json} are solutions of {@code D3}. */
    public static String instanceName(Path solutionFile) {
        Matcher matcher = SOLUTION_NAME.matcher(solutionFile.getFileName().toString());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(solutionFile + ": not a solution file name (sol-NAME-SEED.json or"
                    + " NAME.sol.json).");
        }
        return matcher.group(1);
    }

    /** The instance file of a solution in the data's layout ({@code uhhc/instances/SET/NAME.json}). */
    public static Path instanceFile(Path uhhcRoot, Path solutionFile) throws IOException {
        Path found = findInstance(uhhcRoot.resolve("instances"), solutionFile);
        if (found == null) {
            throw new IllegalArgumentException(solutionFile + ": no instance " + instanceName(solutionFile)
                    + ".json under " + uhhcRoot.resolve("instances") + ".");
        }
        return found;
    }

    private static Path findInstance(Path instancesDirectory, Path solutionFile) throws IOException {
        String name = instanceName(solutionFile) + ".json";
        Path set = solutionFile.getParent() == null ? null : solutionFile.getParent().getFileName();
        if (set != null && Files.isRegularFile(instancesDirectory.resolve(set.toString()).resolve(name))) {
            return instancesDirectory.resolve(set.toString()).resolve(name);
        }
        if (Files.isRegularFile(instancesDirectory.resolve(name))) {
            return instancesDirectory.resolve(name);
        }
        if (!Files.isDirectory(instancesDirectory)) {
            return null;
        }
        try (Stream<Path> sets = Files.list(instancesDirectory)) {
            return sets.filter(Files::isDirectory).sorted().map(dir -> dir.resolve(name)).filter(Files::isRegularFile)
                    .findFirst().orElse(null);
        }
    }
}
