package org.careroute.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.careroute.core.api.model.Problem;
import org.careroute.datasets.region.GenerateRequest;
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

    @Override
    public Integer call() {
        Logging.configure(common.verbosity());
        AtomicFile.requireWritable(outputFile, null);
        Problem problem;
        try {
            RegionProfile profile = RegionProfiles.byId(region);
            int visitCount = visits != null ? visits : RegionGenerator.typicalVisits(profile, caregivers, days);
            problem = RegionGenerator.generate(new GenerateRequest(profile, visitCount, caregivers, days, seed,
                    parseDate()));
        } catch (IllegalArgumentException e) {
            throw new CommandFailure("careroute generate: " + e.getMessage());
        }
        Outputs.writeProblem(problem, outputFile);
        long shifts = problem.caregivers().stream().mapToLong(c -> c.shifts().size()).sum();
        spec.commandLine().getOut().println(String.format(Locale.ROOT, "%s: %s: %d visits, %d caregivers, %d shifts.",
                outputFile, problem.name(), problem.visits().size(), problem.caregivers().size(), shifts));
        return ExitCodes.OK;
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
