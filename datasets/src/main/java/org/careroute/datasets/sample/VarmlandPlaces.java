package org.careroute.datasets.sample;

import java.util.List;

/**
 * Rough coordinates (about 0.5-2 km) of Karlstad's districts and the localities around it in Värmland, from general
 * geographic knowledge, not from a survey. They only have to put clients on land in the right places.
 */
final class VarmlandPlaces {

    /** Hemsjukvården Karlstad: the team base in the centre of Karlstad. */
    static final Locality KARLSTAD_BASE = new Locality("Karlstad centrum", "Karlstad", 59.3809, 13.5045, 0, 0, true);

    /** Extra team bases for large problems, one per neighbouring municipality. */
    static final List<Locality> EXTRA_BASES = List.of(
            new Locality("Skoghall", "Hammarö", 59.3236, 13.4662, 0, 0, false),
            new Locality("Forshaga", "Forshaga", 59.5336, 13.4808, 0, 0, false),
            new Locality("Kil", "Kil", 59.5027, 13.3174, 0, 0, false),
            new Locality("Grums", "Grums", 59.3517, 13.1092, 0, 0, false));

    static final List<Locality> LOCALITIES = List.of(
            // Karlstad: the town and its districts
            new Locality("Karlstad centrum", "Karlstad", 59.3793, 13.5036, 0.6, 10, true),
            new Locality("Norrstrand", "Karlstad", 59.3890, 13.5000, 0.6, 6, true),
            new Locality("Sundsta", "Karlstad", 59.3850, 13.4900, 0.5, 5, true),
            new Locality("Haga", "Karlstad", 59.3760, 13.5170, 0.5, 5, true),
            new Locality("Rud", "Karlstad", 59.3745, 13.4650, 0.7, 5, true),
            new Locality("Gruvlyckan", "Karlstad", 59.3900, 13.4700, 0.5, 4, true),
            new Locality("Kronoparken", "Karlstad", 59.4010, 13.5800, 0.7, 6, true),
            new Locality("Våxnäs", "Karlstad", 59.3880, 13.5450, 0.6, 5, true),
            new Locality("Färjestad", "Karlstad", 59.3950, 13.5250, 0.6, 4, true),
            new Locality("Orrholmen", "Karlstad", 59.3830, 13.5300, 0.4, 3, true),
            // Karlstad municipality outside the town
            new Locality("Skattkärr", "Karlstad", 59.4100, 13.6800, 1.2, 2, true),
            new Locality("Väse", "Karlstad", 59.3830, 13.8530, 1.5, 1, true),
            new Locality("Vålberg", "Karlstad", 59.3920, 13.1950, 1.2, 2, true),
            new Locality("Molkom", "Karlstad", 59.6000, 13.7170, 1.2, 2, true),
            new Locality("Skåre", "Karlstad", 59.4330, 13.4500, 1.0, 3, false),
            new Locality("Alster", "Karlstad", 59.4250, 13.6300, 1.5, 2, false),
            new Locality("Edsvalla", "Karlstad", 59.4330, 13.2220, 1.0, 2, false),
            // Neighbouring municipalities
            new Locality("Skoghall", "Hammarö", 59.3230, 13.4660, 1.0, 6, true),
            new Locality("Hammarö, Lövnäs", "Hammarö", 59.3420, 13.5150, 0.8, 4, true),
            new Locality("Forshaga", "Forshaga", 59.5330, 13.4800, 1.2, 3, true),
            new Locality("Deje", "Forshaga", 59.6040, 13.4700, 1.0, 3, false),
            new Locality("Grums", "Grums", 59.3520, 13.1080, 1.2, 2, true),
            new Locality("Slottsbron", "Grums", 59.3230, 13.1000, 0.8, 2, false),
            new Locality("Borgvik", "Grums", 59.3400, 12.9700, 1.0, 1, false),
            new Locality("Kil", "Kil", 59.5030, 13.3170, 1.2, 2, true),
            new Locality("Fagerås", "Kil", 59.5160, 13.2600, 1.0, 2, false));

    private VarmlandPlaces() {
    }

    /** The localities clients live in: the core ones, plus the outer ones for large problems. */
    static List<Locality> localities(boolean large) {
        return LOCALITIES.stream().filter(l -> large || l.core()).toList();
    }
}
