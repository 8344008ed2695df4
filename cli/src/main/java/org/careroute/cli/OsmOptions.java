package org.careroute.cli;

import java.nio.file.Path;

import org.careroute.core.api.model.TransportMode;

import picocli.CommandLine.Option;

/** Road-network options shared by the commands that plan or check on real roads. */
final class OsmOptions {

    @Option(names = "--osm", paramLabel = "FILE", description = "Use road travel times from this OpenStreetMap extract"
            + " (.osm.pbf, .osm.gz or .osm) instead of the problem's travel settings. The imported road graph is"
            + " cached and reused while the file is unchanged.")
    Path osmFile;

    @Option(names = "--profile", paramLabel = "PROFILE", description = "Road profile for every caregiver: car, bike"
            + " or foot (default: each caregiver's transport mode).")
    TransportMode profile;

    @Option(names = "--graph-cache", paramLabel = "DIR", description = "Folder for the imported road graph and"
            + " computed matrices (default: ~/.cache/careroute/graphs/<osm file>-<path hash>).")
    Path graphCache;

    @Option(names = "--max-snap", paramLabel = "METERS", description = "A location farther than this from a usable"
            + " road is an input error (default 500).")
    Double maxSnapMeters;

    boolean anyGiven() {
        return osmFile != null || profile != null || graphCache != null || maxSnapMeters != null;
    }
}
