package org.careroute.spark;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.careroute.core.api.json.CarerouteJson;
import org.careroute.core.api.model.Problem;
import org.careroute.datasets.region.GenerateRequest;
import org.careroute.datasets.region.RegionGenerator;
import org.careroute.datasets.region.RegionProfiles;

/** Small generated region-days written as problem files, as {@code careroute generate} writes them. */
final class RegionDays {

    private RegionDays() {
    }

    static Path write(Path dir, String region, int visits, int caregivers, int days, LocalDate start)
            throws IOException {
        Problem problem = RegionGenerator.generate(new GenerateRequest(RegionProfiles.byId(region), visits,
                caregivers, days, 1, start));
        Files.createDirectories(dir);
        Path file = dir.resolve(region + "-" + start + (days > 1 ? "-" + days + "d" : "") + ".json");
        StringWriter json = new StringWriter();
        CarerouteJson.writeProblem(problem, json);
        Files.writeString(file, json.toString());
        return file;
    }
}
