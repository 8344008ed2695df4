package org.careroute.reports;

/** Distinguishable route colours (Tableau 10, readable on white and in print), shared by the map and GeoJSON. */
final class Palette {

    private static final String[] COLORS = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
            "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};

    private Palette() {
    }

    static String color(int index) {
        return COLORS[Math.floorMod(index, COLORS.length)];
    }
}
