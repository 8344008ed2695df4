package org.careroute.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.careroute.core.api.InputError;
import org.careroute.core.api.InvalidInputException;
import org.careroute.core.api.ProblemValidator;
import org.careroute.core.api.model.OsmTravel;
import org.careroute.core.api.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code careroute validate PROBLEM}: checks a problem and lists every problem found with its JSON pointer. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = {
        "Checks PROBLEM against the careroute JSON format and its consistency rules.",
        "Every problem is listed as 'file: /json/pointer: message'."}, footer = {"",
                "Exit codes: 0 valid, 2 invalid or unreadable."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions common;

    @Mixin
    private OsmOptions osm;

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "The problem (careroute JSON).")
    private Path problemFile;

    @Override
    public Integer call() {
        Logging.configure(common.verbosity());
        Problem problem = RoadTravel.apply(InputFiles.readProblem(problemFile), problemFile, osm);
        if (problem.travel() instanceof OsmTravel) {
            try (RoadTravel roads = RoadTravel.open(problem)) {
                List<InputError> errors = ProblemValidator.validate(problem, problemFile.toString(), roads.source());
                if (!errors.isEmpty()) {
                    throw new InvalidInputException(errors);
                }
            }
        }
        spec.commandLine().getOut().println(problemFile + ": valid: " + problem.caregivers().size() + " caregivers, "
                + SolveCommand.shiftCount(problem) + " shifts, " + problem.visits().size() + " visits ("
                + problem.travel().mode() + " travel, time zone " + problem.timeZone() + ").");
        return ExitCodes.OK;
    }
}
