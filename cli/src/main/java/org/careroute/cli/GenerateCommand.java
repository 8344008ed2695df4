package org.careroute.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Visit;
import org.careroute.datasets.region.GenerateRequest;
import org.careroute.datasets.region.GeneratedDay;
import org.careroute.datasets.region.GeneratedDay.Cause;
import org.careroute.datasets.region.RegionGenerator;
import org.careroute.datasets.region.RegionProfile;
import org.careroute.datasets.region.RegionProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code careroute generate --region varmland --visits 1000 --caregivers 80 -o problem.json}. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = {
        "Generates a realistic home-care problem for a region: caregivers of the region's teams on their shifts at"
                + " the region's bases, patients placed around its towns by population, visit kinds, durations and"
                + " time windows of its kind of care. The same options always give the same problem.",
        "Regions: varmland (municipal home nursing 24/7 and a palliative consult team), jonkoping (specialised"
                + " palliative home care), karlovy-vary (home hospice, Nejdek and Karlovy Vary), usti (home-care"
                + " service providers), lillehammer (a Norwegian municipality's palliative team). See"
                + " datasets/README.md for each profile's assumptions."}, footer = {"",
                        "Exit codes: 0 written, 2 bad option (nothing written)."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Option(names = "--region", required = true, paramLabel = "REGION", completionCandidates = RegionIds.class, description = "One of: ${COMPLETION-CANDIDATES}.")
    private String region;

    @Option(names = "--caregivers", paramLabel = "N", defaultValue = "30", description = "Caregivers (default: ${DEFAULT-VALUE}); each works one shift per working day.")
    private int caregivers;

    @Option(names = "--visits", paramLabel = "N", description = "Visits over the whole horizon (default: the region's usual workload for the caregivers and days).")
    private Integer visits;

    @Option(names = "--days", paramLabel = "N", defaultValue = "1", description = "Days of the horizon (default: ${DEFAULT-VALUE}, at most 28).")
    private int days;

    @Option(names = "--start-date", paramLabel = "DATE", description = "First day, e.g. 2027-03-01 (default: Monday 1 March 2027).")
    private String startDate;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = {"-o",
            "--output"}, required = true, paramLabel = "PROBLEM", description = "Where to write the problem (careroute JSON); its directory must exist.")
    private Path outputFile;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the generator's report (JSON): every visit of a mandatory kind made optional, and why (no qualified shift can reach it in time, or more mandatory visits at that hour than the staff can do).")
    private Path reportFile;

    @Option(names = "--planted", description = "Build the day from a plan that keeps every rule, and write that plan"
            + " next to the problem (problem.json -> problem.planted-plan.json): 'careroute verify' accepts it, so the"
            + " day is known to be feasible and has a reference cost. A tenth of the visits are optional extras"
            + " outside the plan.")
    private boolean planted;

    @Override
    public Integer call() {
        // the planted plan's timing runs the solver: its start and end lines are noise here, except with --debug
        Logging.configure(common.verbosity().debug() ? common.verbosity() : new Verbosity(true, false, false));
        AtomicFile.requireWritable(outputFile, null);
        if (reportFile != null) {
            AtomicFile.requireWritable(reportFile, outputFile);
        }
        Path planFile = planted ? plantedPlanFile(outputFile) : null;
        if (planFile != null) {
            AtomicFile.requireWritable(planFile, outputFile);
        }
        GeneratedDay day;
        try {
            RegionProfile profile = RegionProfiles.byId(region);
            int visitCount = visits != null ? visits : RegionGenerator.typicalVisits(profile, caregivers, days);
            GenerateRequest request = new GenerateRequest(profile, visitCount, caregivers, days, seed, parseDate());
            day = planted ? RegionGenerator.generatePlanted(request) : RegionGenerator.generateDay(request);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure("careroute generate: " + e.getMessage());
        }
        Problem problem = day.problem();
        Outputs.writeProblem(problem, outputFile);
        if (planFile != null) {
            Outputs.writePlan(problem, day.plantedPlan(), planFile);
        }
        if (reportFile != null) {
            Outputs.write(reportFile, "the generator's report", writer -> writeReport(day, writer));
        }
        long shifts = problem.caregivers().stream().mapToLong(c -> c.shifts().size()).sum();
        long mandatory = problem.visits().stream().filter(Visit::mandatory).count();
        PrintWriter out = spec.commandLine().getOut();
        out.println(String.format(Locale.ROOT, "%s: %s: %d visits (%d mandatory), %d caregivers, %d shifts.",
                outputFile, problem.name(), problem.visits().size(), mandatory, problem.caregivers().size(), shifts));
        if (!day.madeOptional().isEmpty()) {
            out.println(String.format(Locale.ROOT, "Made optional: %d visits of mandatory kinds (%d no qualified shift"
                    + " can reach in time, %d beyond what the staff can do at that hour, %d no plan of all mandatory"
                    + " visits serves)%s.",
                    day.madeOptional()
                            .size(),
                    day.count(Cause.UNREACHABLE), day.count(Cause.MANDATORY_PEAK), day.count(Cause.CONTENDED),
                    reportFile == null
                            ? "; --report FILE lists them"
                            : ", listed in " + reportFile));
        }
        if (planFile != null) {
            out.println(String.format(Locale.ROOT, "%s: the planted plan, %d of %d visits planned, score %s.", planFile,
                    day.plantedPlan().summary().assignedVisits(), problem.visits().size(), day.plantedPlan().score()));
        }
        return ExitCodes.OK;
    }

    /** problem.json -> problem.planted-plan.json, next to the problem. */
    static Path plantedPlanFile(Path problemFile) {
        String name = problemFile.getFileName().toString();
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return problemFile.resolveSibling(stem + ".planted-plan.json");
    }

    private static void writeReport(GeneratedDay day, Writer writer) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("problem", day.problem().name());
        ArrayNode list = root.putArray("madeOptional");
        for (GeneratedDay.MadeOptional m : day.madeOptional()) {
            ObjectNode node = list.addObject();
            node.put("visitId", m.visitId());
            node.put("name", m.name());
            node.put("cause", m.cause().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            node.put("reason", m.reason());
        }
        writer.write(mapper.writeValueAsString(root));
        writer.write(System.lineSeparator());
    }

    private LocalDate parseDate() {
        if (startDate == null) {
            return null;
        }
        try {
            return LocalDate.parse(startDate.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--start-date '" + startDate + "' is not a date; use the form"
                    + " 2027-03-01.");
        }
    }

    /** The region ids for --help and shell completion. */
    static final class RegionIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return RegionProfiles.ids().iterator();
        }
    }
}
