package org.careroute.cli;

import java.nio.file.Path;

import org.careroute.core.api.model.Plan;
import org.careroute.core.api.model.Problem;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * The PROBLEM and SOLUTION arguments and the road options shared by the commands that read a plan (verify, explain,
 * report, export).
 */
final class PlanFiles {

    @Mixin
    private OsmOptions osm;

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "The problem (careroute JSON).")
    private Path problemFile;

    @Parameters(index = "1", paramLabel = "SOLUTION", description = "The plan, as written by solve.")
    private Path solutionFile;

    Path problemFile() {
        return problemFile;
    }

    Path solutionFile() {
        return solutionFile;
    }

    /** Reads the problem, with road travel when --osm options or the problem ask for it. */
    Problem readProblem() {
        return RoadTravel.apply(InputFiles.readProblem(problemFile), problemFile, osm);
    }

    Plan readPlan() {
        return InputFiles.readPlan(solutionFile);
    }
}
