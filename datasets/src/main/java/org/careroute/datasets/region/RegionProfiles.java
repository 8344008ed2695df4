package org.careroute.datasets.region;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.careroute.datasets.region.RegionProfile.Team;
import org.careroute.datasets.region.RegionProfile.Town;
import org.careroute.datasets.region.RegionProfile.VisitKind;
import org.careroute.datasets.region.RegionProfile.WindowRule;

/**
 * The region profiles careroute ships. Coordinates are town centres (about 0.5-2 km) and populations are rounded
 * public figures; the organisation of each region's care is summarised in {@code datasets/README.md}.
 */
public final class RegionProfiles {

    static final String NURSE = "nurse";
    static final String ASSISTANT_NURSE = "assistant-nurse";
    static final String PHYSIOTHERAPIST = "physiotherapist";
    static final String OCCUPATIONAL_THERAPIST = "occupational-therapist";
    static final String PALLIATIVE = "palliative";
    static final String PHYSICIAN = "physician";
    static final String CARE_WORKER = "care-worker";
    static final String SOCIAL_WORKER = "social-worker";

    private static final List<RegionProfile> ALL = List.of(varmland(), jonkoping(), karlovyVary(), usti(),
            lillehammer());

    private RegionProfiles() {
    }

    /** Every shipped profile, in the order of the documentation. */
    public static List<RegionProfile> all() {
        return ALL;
    }

    /** The ids accepted by {@link #byId}. */
    public static List<String> ids() {
        return ALL.stream().map(RegionProfile::id).toList();
    }

    /**
     * The profile with this id (case-insensitive).
     *
     * @throws IllegalArgumentException
     *             naming the known ids
     */
    public static RegionProfile byId(String id) {
        for (RegionProfile profile : ALL) {
            if (profile.id().equalsIgnoreCase(id.trim())) {
                return profile;
            }
        }
        throw new IllegalArgumentException("Unknown region '" + id + "'; use one of " + String.join(", ", ids())
                + ".");
    }

    /**
     * Värmland, Sweden: municipal home nursing around the clock from four bases (Karlstad, Arvika, Kristinehamn,
     * Torsby) with day, evening and night shifts, office-hours therapists, and a palliative consult team.
     */
    static RegionProfile varmland() {
        List<Town> bases = List.of(town("Karlstad", 59.3793, 13.5036, 0, 0), town("Arvika", 59.6553, 12.5852, 0, 0),
                town("Kristinehamn", 59.3098, 14.1081, 0, 0), town("Torsby", 60.1343, 13.0000, 0, 0));
        List<Town> towns = List.of(town("Karlstad", 59.3793, 13.5036, 67_000, 4.0),
                town("Skoghall", 59.3236, 13.4662, 13_000, 2.0), town("Kristinehamn", 59.3098, 14.1081, 18_000, 2.5),
                town("Arvika", 59.6553, 12.5852, 14_000, 2.5), town("Säffle", 59.1325, 12.9300, 9_000, 2.0),
                town("Forshaga", 59.5336, 13.4808, 6_000, 1.5), town("Kil", 59.5027, 13.3174, 6_000, 1.5),
                town("Grums", 59.3517, 13.1092, 5_000, 1.5), town("Hagfors", 60.0336, 13.6950, 5_000, 1.5),
                town("Sunne", 59.8369, 13.1436, 5_000, 1.5), town("Filipstad", 59.7128, 14.1690, 5_000, 1.5),
                town("Torsby", 60.1343, 13.0000, 4_000, 1.5), town("Årjäng", 59.3919, 12.1336, 2_500, 1.2),
                town("Storfors", 59.5325, 14.2744, 2_300, 1.2), town("Munkfors", 59.8360, 13.5436, 2_500, 1.2),
                town("Charlottenberg", 59.8850, 12.2950, 2_100, 1.2), town("Molkom", 59.6000, 13.7170, 2_000, 1.2),
                town("Deje", 59.6040, 13.4700, 2_000, 1.2), town("Väse", 59.3830, 13.8530, 1_000, 1.5),
                town("Sysslebäck", 60.7300, 12.8700, 700, 2.0), town("Edane", 59.6300, 12.8200, 700, 1.5));
        List<Team> teams = List.of(
                team("day-nurse", "sjuksköterska, dag", Set.of(NURSE, ASSISTANT_NURSE), 0.18, t(7, 0), t(16, 0),
                        false, 0.65, 6),
                team("day-assistant-nurse", "undersköterska, dag", Set.of(ASSISTANT_NURSE), 0.30, t(7, 0), t(16, 0),
                        false, 0.7, 4),
                team("evening-nurse", "sjuksköterska, kväll", Set.of(NURSE, ASSISTANT_NURSE), 0.07, t(15, 0),
                        t(22, 0), false, 0.6, 7),
                team("evening-assistant-nurse", "undersköterska, kväll", Set.of(ASSISTANT_NURSE), 0.17, t(15, 0),
                        t(22, 0), false, 0.65, 5),
                team("night-nurse", "sjuksköterska, natt", Set.of(NURSE, ASSISTANT_NURSE), 0.05, t(21, 30),
                        t(7, 30), false, 0.4, 15),
                team("night-assistant-nurse", "undersköterska, natt", Set.of(ASSISTANT_NURSE), 0.06, t(21, 30),
                        t(7, 30), false, 0.45, 12),
                team("physiotherapist", "fysioterapeut", Set.of(PHYSIOTHERAPIST), 0.05, t(8, 0), t(16, 30), true, 0.6,
                        15),
                team("occupational-therapist", "arbetsterapeut", Set.of(OCCUPATIONAL_THERAPIST), 0.04, t(8, 0),
                        t(16, 30), true, 0.6, 15),
                team("palliative-consult", "palliativ konsultsjuksköterska", Set.of(NURSE, PALLIATIVE), 0.05, t(8, 0),
                        t(16, 30), true, 0.55, 25));
        List<VisitKind> kinds = List.of(
                kind("Morning hygiene", "day-assistant-nurse", ASSISTANT_NURSE, 10, minutes(20, 30, 40),
                        flexible(t(7, 30), t(10, 30)), 3, false, 0.9),
                kind("Insulin, morning", "day-assistant-nurse", ASSISTANT_NURSE, 20, minutes(10),
                        fixed(minutes(20, 30), t(7, 30), t(8, 0), t(8, 30), t(9, 0), t(9, 30)), 5, true,
                        0.95),
                kind("Medication, morning", "day-assistant-nurse", ASSISTANT_NURSE, 17, minutes(5, 10),
                        fixed(minutes(30, 45), t(8, 0), t(8, 30), t(9, 0), t(9, 30), t(10, 0)), 5, true,
                        0.9),
                kind("Insulin, lunch", "day-assistant-nurse", ASSISTANT_NURSE, 12, minutes(10),
                        fixed(minutes(20, 30, 45), t(11, 0), t(11, 30), t(12, 0), t(12, 30)), 5, true, 0.95),
                kind("Medication, lunch", "day-assistant-nurse", ASSISTANT_NURSE, 12, minutes(5, 10),
                        fixed(minutes(30), t(12, 0), t(12, 30), t(13, 0)), 5, false, 0.9),
                kind("Compression stockings", "day-assistant-nurse", ASSISTANT_NURSE, 10, minutes(10, 15),
                        flexible(t(9, 0), t(14, 0)), 3, false, 0.8),
                kind("Filling the dosette box", "day-assistant-nurse", ASSISTANT_NURSE, 4, minutes(15, 20),
                        flexible(t(10, 0), t(15, 0)), 2, false, 0.3),
                kind("Wound care", "day-nurse", NURSE, 25, minutes(20, 30, 40),
                        oneOf(flexible(t(8, 0), t(12, 0)), flexible(t(9, 0), t(15, 0))), 4, false, 0.7),
                kind("Blood sample (fasting)", "day-nurse", NURSE, 15, minutes(10, 15), flexible(t(7, 30), t(9, 30)),
                        4, false, 0.2),
                kind("Catheter care", "day-nurse", NURSE, 10, minutes(15, 20, 30), flexible(t(9, 0), t(15, 0)), 3,
                        false,
                        0.5),
                kind("Injection", "day-nurse", NURSE, 20, minutes(10), fixed(minutes(30, 45), t(9, 0), t(10, 0),
                        t(11, 0), t(13, 0), t(14, 0)), 4, true, 0.8),
                kind("Palliative care, day", "day-nurse", NURSE, 10, minutes(30, 45), flexible(t(8, 30), t(11, 30)),
                        8, true, 0.95),
                kind("Health check", "day-nurse", NURSE, 8, minutes(15, 20), flexible(t(9, 0), t(15, 0)), 1, false,
                        0.2),
                kind("Evening care", "evening-assistant-nurse", ASSISTANT_NURSE, 20, minutes(15, 20, 30),
                        flexible(t(19, 0), t(21, 45)), 3, false, 0.9),
                kind("Insulin, evening", "evening-assistant-nurse", ASSISTANT_NURSE, 20, minutes(10),
                        fixed(minutes(20, 30), t(16, 30), t(17, 0), t(17, 30), t(18, 0), t(18, 30)), 5, true,
                        0.95),
                kind("Medication, evening", "evening-assistant-nurse", ASSISTANT_NURSE, 20, minutes(5, 10),
                        fixed(minutes(30, 45), t(17, 30), t(18, 0), t(19, 0), t(20, 0), t(21, 0)), 5, true,
                        0.9),
                kind("Help with supper", "evening-assistant-nurse", ASSISTANT_NURSE, 10, minutes(15, 20),
                        flexible(t(16, 30), t(18, 30)), 2, false, 0.8),
                kind("Palliative care, evening", "evening-nurse", NURSE, 10, minutes(30, 45),
                        flexible(t(17, 0), t(21, 0)), 8, true, 0.95),
                kind("Wound care, evening", "evening-nurse", NURSE, 6, minutes(20, 30), flexible(t(16, 0), t(20, 0)),
                        4, false, 0.7),
                kind("Injection, evening", "evening-nurse", NURSE, 8, minutes(10),
                        fixed(minutes(30), t(18, 0), t(20, 0)), 4, true, 0.8),
                kind("Night supervision", "night-assistant-nurse", ASSISTANT_NURSE, 20, minutes(5, 10),
                        flexible(t(22, 30), t(5, 30)), 3, false, 0.9),
                kind("Turning in bed", "night-assistant-nurse", ASSISTANT_NURSE, 10, minutes(15),
                        fixed(minutes(30, 45), t(23, 0), t(0, 0), t(1, 0), t(2, 0), t(3, 0), t(4, 0), t(5, 0)), 4,
                        true, 0.9),
                kind("Palliative care, night", "night-nurse", NURSE, 10, minutes(20, 30),
                        fixed(minutes(30, 45), t(22, 30), t(23, 30), t(1, 0), t(2, 0), t(3, 30), t(5, 0), t(6, 0)),
                        8, true, 0.9),
                kind("Pain relief", "night-nurse", NURSE, 10, minutes(15), flexible(t(22, 0), t(6, 0)), 6, false,
                        0.6),
                kind("Physiotherapy", "physiotherapist", PHYSIOTHERAPIST, 1, minutes(45, 60),
                        oneOf(flexible(t(9, 0), t(12, 0)), flexible(t(12, 30), t(16, 0))), 2, false, 0.7),
                kind("Home assessment", "occupational-therapist", OCCUPATIONAL_THERAPIST, 1, minutes(45, 60),
                        flexible(t(9, 0), t(16, 0)), 2, false, 0.3),
                kind("Palliative consult", "palliative-consult", PALLIATIVE, 1, minutes(60, 90),
                        flexible(t(9, 0), t(15, 30)), 6, false, 0.6),
                kind("Symptom review", "palliative-consult", PALLIATIVE, 1, minutes(45, 60),
                        flexible(t(9, 0), t(15, 30)), 5, false, 0.7));
        return new RegionProfile("varmland", "Värmland municipal home nursing and palliative consult team",
                ZoneId.of("Europe/Stockholm"), 55, 1.3, bases, towns, teams, kinds);
    }

    /**
     * Jönköping county, Sweden: specialised palliative home care (nurses around the clock, physicians in office
     * hours, assistant nurses for personal care) from Jönköping, Värnamo and Eksjö.
     */
    static RegionProfile jonkoping() {
        List<Town> bases = List.of(town("Jönköping", 57.7826, 14.1618, 0, 0), town("Värnamo", 57.1860, 14.0400, 0, 0),
                town("Eksjö", 57.6670, 14.9700, 0, 0));
        List<Town> towns = List.of(town("Jönköping", 57.7826, 14.1618, 100_000, 4.5),
                town("Huskvarna", 57.7860, 14.2750, 23_000, 2.0), town("Värnamo", 57.1860, 14.0400, 20_000, 2.5),
                town("Nässjö", 57.6530, 14.6960, 17_000, 2.0), town("Tranås", 58.0370, 14.9780, 14_000, 2.0),
                town("Vetlanda", 57.4280, 15.0780, 13_000, 2.0), town("Eksjö", 57.6670, 14.9700, 10_000, 1.8),
                town("Gislaved", 57.3000, 13.5400, 10_000, 1.8), town("Habo", 57.9070, 14.0730, 6_000, 1.5),
                town("Mullsjö", 57.9160, 13.8790, 5_000, 1.5), town("Vaggeryd", 57.4980, 14.1470, 5_000, 1.5),
                town("Sävsjö", 57.4030, 14.6640, 5_000, 1.5), town("Skillingaryd", 57.4320, 14.0920, 5_000, 1.5),
                town("Gnosjö", 57.3580, 13.7360, 4_000, 1.5), town("Aneby", 57.8390, 14.8100, 3_000, 1.2),
                town("Anderstorp", 57.2830, 13.6330, 5_000, 1.2), town("Bottnaryd", 57.7700, 13.8300, 600, 2.0));
        List<Team> teams = List.of(
                team("palliative-day", "specialistsjuksköterska, dag", Set.of(NURSE, PALLIATIVE), 0.42, t(7, 30),
                        t(16, 30), false, 0.6, 25),
                team("palliative-evening", "specialistsjuksköterska, kväll", Set.of(NURSE, PALLIATIVE), 0.14,
                        t(15, 30), t(22, 0), false, 0.5, 30),
                team("palliative-night", "sjuksköterska, natt (jour)", Set.of(NURSE, PALLIATIVE), 0.08, t(21, 30),
                        t(7, 30), false, 0.35, 35),
                team("physician", "läkare", Set.of(PHYSICIAN, PALLIATIVE), 0.12, t(8, 0), t(16, 30), true, 0.55,
                        30),
                team("assistant-nurse", "undersköterska", Set.of(ASSISTANT_NURSE), 0.24, t(7, 30), t(16, 0), false,
                        0.65, 20));
        List<VisitKind> kinds = List.of(
                kind("Symptom control", "palliative-day", PALLIATIVE, 30, minutes(45, 60),
                        flexible(t(8, 30), t(15, 30)), 7, false, 0.9),
                kind("Subcutaneous pump", "palliative-day", PALLIATIVE, 20, minutes(20, 30),
                        fixed(minutes(30), t(8, 0), t(12, 0)), 8, true, 0.95),
                kind("Pain medication", "palliative-day", NURSE, 20, minutes(15, 20),
                        fixed(minutes(30), t(8, 0), t(14, 0)), 8, true, 0.9),
                kind("Enrolment visit", "palliative-day", PALLIATIVE, 5, minutes(60, 90), flexible(t(10, 0), t(15, 0)),
                        6, false, 0.0),
                kind("Breakthrough pain visit", "palliative-evening", PALLIATIVE, 10, minutes(20, 30),
                        flexible(t(16, 0), t(21, 45)), 8, false, 0.7),
                kind("Pump check, evening", "palliative-evening", PALLIATIVE, 12, minutes(20),
                        fixed(minutes(30), t(18, 0), t(20, 0)), 8, true, 0.95),
                kind("Night visit", "palliative-night", PALLIATIVE, 10, minutes(20, 30),
                        fixed(minutes(45), t(23, 0), t(3, 0)), 8, true, 0.9),
                kind("Physician home visit", "physician", PHYSICIAN, 10, minutes(45, 60),
                        flexible(t(9, 0), t(15, 45)), 7, false, 0.5),
                kind("Family conversation", "physician", PHYSICIAN, 3, minutes(60), flexible(t(10, 0), t(15, 0)), 5,
                        false, 0.1),
                kind("Personal care", "assistant-nurse", ASSISTANT_NURSE, 20, minutes(30, 45),
                        flexible(t(7, 45), t(11, 0)), 4, false, 0.95),
                kind("Mouth care and repositioning", "assistant-nurse", ASSISTANT_NURSE, 12, minutes(20, 30),
                        fixed(minutes(30), t(12, 0), t(14, 30)), 3, false, 0.9));
        return new RegionProfile("jonkoping", "Jönköping specialised palliative home care",
                ZoneId.of("Europe/Stockholm"), 60, 1.3, bases, towns, teams, kinds);
    }

    /**
     * Karlovy Vary region, Czechia: a home hospice team based in Nejdek and Karlovy Vary covering a rural, hilly
     * region with long drives (slow roads, large detours).
     */
    static RegionProfile karlovyVary() {
        List<Town> bases = List.of(town("Nejdek", 50.3224, 12.7294, 0, 0),
                town("Karlovy Vary", 50.2320, 12.8710, 0, 0));
        List<Town> towns = List.of(town("Karlovy Vary", 50.2320, 12.8710, 47_000, 3.5),
                town("Cheb", 50.0796, 12.3739, 31_000, 2.5), town("Sokolov", 50.1813, 12.6402, 22_000, 2.2),
                town("Ostrov", 50.3058, 12.9391, 16_000, 2.0), town("Chodov", 50.2410, 12.7470, 13_000, 1.8),
                town("Mariánské Lázně", 49.9646, 12.7012, 13_000, 2.0), town("Aš", 50.2240, 12.1950, 13_000, 1.8),
                town("Nejdek", 50.3224, 12.7294, 7_500, 1.5), town("Kraslice", 50.3237, 12.5175, 6_500, 1.5),
                town("Horní Slavkov", 50.1387, 12.8077, 5_500, 1.3),
                town("Františkovy Lázně", 50.1205, 12.3518, 5_500, 1.3), town("Nová Role", 50.2710, 12.7840, 4_000,
                        1.2),
                town("Toužim", 50.0606, 12.9850, 3_500, 1.2), town("Loket", 50.1860, 12.7540, 3_000, 1.0),
                town("Jáchymov", 50.3586, 12.9344, 2_500, 1.2), town("Žlutice", 50.0920, 13.1630, 2_500, 1.2),
                town("Bochov", 50.1500, 13.0440, 2_000, 1.2), town("Abertamy", 50.3690, 12.8190, 1_200, 1.0),
                town("Pernink", 50.3660, 12.7790, 800, 1.0), town("Přebuz", 50.3650, 12.6200, 100, 1.5));
        List<Team> teams = List.of(
                team("hospice-nurse-day", "zdravotní sestra, den", Set.of(NURSE, PALLIATIVE), 0.45, t(7, 0),
                        t(15, 30), false, 0.55, 35),
                team("hospice-nurse-evening", "zdravotní sestra, odpoledne", Set.of(NURSE, PALLIATIVE), 0.17,
                        t(14, 30), t(21, 0), false, 0.45, 40),
                team("physician", "lékař", Set.of(PHYSICIAN, PALLIATIVE), 0.12, t(8, 0), t(16, 0), true, 0.5, 40),
                team("care-worker", "pečovatelka", Set.of(CARE_WORKER), 0.18, t(7, 0), t(15, 0), false, 0.6, 30),
                team("social-worker", "sociální pracovník", Set.of(SOCIAL_WORKER), 0.08, t(8, 0), t(16, 0), true,
                        0.5, 40));
        List<VisitKind> kinds = List.of(
                kind("Symptom control", "hospice-nurse-day", PALLIATIVE, 30, minutes(45, 60),
                        flexible(t(8, 0), t(14, 30)), 7, false, 0.9),
                kind("Infusion", "hospice-nurse-day", NURSE, 15, minutes(30, 45),
                        fixed(minutes(30, 45), t(8, 0), t(9, 0)), 8, true, 0.9),
                kind("Subcutaneous pump", "hospice-nurse-day", PALLIATIVE, 15, minutes(20, 30),
                        fixed(minutes(45), t(9, 0), t(12, 0)), 8, true, 0.95),
                kind("Admission visit", "hospice-nurse-day", PALLIATIVE, 4, minutes(90), flexible(t(9, 0), t(14, 0)),
                        6, false, 0.0),
                kind("Evening check", "hospice-nurse-evening", PALLIATIVE, 20, minutes(30, 45),
                        flexible(t(15, 30), t(20, 30)), 7, false, 0.9),
                kind("Pain medication, evening", "hospice-nurse-evening", NURSE, 12, minutes(15, 20),
                        fixed(minutes(30), t(18, 0), t(20, 0)), 8, true, 0.9),
                kind("Physician visit", "physician", PHYSICIAN, 10, minutes(45, 60), flexible(t(9, 0), t(15, 0)), 7,
                        false, 0.4),
                kind("Personal care", "care-worker", CARE_WORKER, 20, minutes(30, 45, 60),
                        flexible(t(7, 30), t(11, 0)), 4, false, 0.95),
                kind("Lunch and medication help", "care-worker", CARE_WORKER, 10, minutes(20, 30),
                        fixed(minutes(30), t(11, 30), t(12, 30)), 4, false, 0.9),
                kind("Family support", "social-worker", SOCIAL_WORKER, 5, minutes(60, 90),
                        flexible(t(9, 0), t(15, 0)), 3, false, 0.3),
                kind("Bereavement visit", "social-worker", SOCIAL_WORKER, 2, minutes(60), flexible(t(10, 0), t(15, 0)),
                        2, false, 0.0));
        return new RegionProfile("karlovy-vary", "Karlovy Vary region home hospice (Nejdek, Karlovy Vary)",
                ZoneId.of("Europe/Prague"), 45, 1.45, bases, towns, teams, kinds);
    }

    /**
     * Ústí nad Labem region, Czechia: home-care service providers (pečovatelská služba) in the towns of the region,
     * many short personal-care visits at fixed times, a few home nurses.
     */
    static RegionProfile usti() {
        List<Town> bases = List.of(town("Ústí nad Labem", 50.6607, 14.0323, 0, 0),
                town("Děčín", 50.7821, 14.2148, 0, 0), town("Teplice", 50.6404, 13.8245, 0, 0),
                town("Most", 50.5030, 13.6362, 0, 0), town("Chomutov", 50.4605, 13.4178, 0, 0),
                town("Litoměřice", 50.5335, 14.1318, 0, 0));
        List<Town> towns = List.of(town("Ústí nad Labem", 50.6607, 14.0323, 92_000, 3.5),
                town("Most", 50.5030, 13.6362, 64_000, 3.0), town("Teplice", 50.6404, 13.8245, 50_000, 2.8),
                town("Děčín", 50.7821, 14.2148, 48_000, 3.0), town("Chomutov", 50.4605, 13.4178, 48_000, 2.8),
                town("Litoměřice", 50.5335, 14.1318, 24_000, 2.0), town("Litvínov", 50.6005, 13.6112, 24_000, 2.0),
                town("Jirkov", 50.4999, 13.4478, 19_000, 1.8), town("Žatec", 50.3272, 13.5458, 19_000, 1.8),
                town("Louny", 50.3570, 13.7967, 18_000, 1.8), town("Kadaň", 50.3760, 13.2713, 17_000, 1.8),
                town("Bílina", 50.5486, 13.7756, 15_000, 1.6), town("Varnsdorf", 50.9116, 14.6184, 15_000, 1.8),
                town("Klášterec nad Ohří", 50.3845, 13.1718, 14_000, 1.6),
                town("Roudnice nad Labem", 50.4253, 14.2617, 13_000, 1.6), town("Krupka", 50.6845, 13.8582, 13_000,
                        1.6),
                town("Rumburk", 50.9517, 14.5570, 11_000, 1.5), town("Lovosice", 50.5150, 14.0510, 9_000, 1.4));
        List<Team> teams = List.of(
                team("care-worker-morning", "pečovatelka, ranní", Set.of(CARE_WORKER), 0.52, t(6, 30), t(15, 0),
                        false, 0.75, 8),
                team("care-worker-afternoon", "pečovatelka, odpolední", Set.of(CARE_WORKER), 0.30, t(14, 30),
                        t(22, 0), false, 0.7, 8),
                team("home-nurse", "zdravotní sestra (domácí péče)", Set.of(NURSE, CARE_WORKER), 0.18, t(7, 0),
                        t(15, 30), false, 0.65, 12));
        List<VisitKind> kinds = List.of(
                kind("Morning hygiene", "care-worker-morning", CARE_WORKER, 25, minutes(30, 45),
                        flexible(t(6, 45), t(9, 30)), 4, false, 0.95),
                kind("Help with breakfast", "care-worker-morning", CARE_WORKER, 20, minutes(15, 20),
                        fixed(minutes(30), t(7, 30), t(8, 0)), 4, false, 0.95),
                kind("Medication supervision", "care-worker-morning", CARE_WORKER, 20, minutes(10),
                        fixed(minutes(30), t(8, 0), t(12, 0)), 5, true, 0.95),
                kind("Lunch delivery and help", "care-worker-morning", CARE_WORKER, 25, minutes(15, 20),
                        fixed(minutes(30), t(11, 30), t(12, 0)), 4, false, 0.95),
                kind("Shopping", "care-worker-morning", CARE_WORKER, 5, minutes(45, 60), flexible(t(9, 0), t(14, 0)),
                        2, false, 0.2),
                kind("Household cleaning", "care-worker-morning", CARE_WORKER, 5, minutes(60),
                        flexible(t(9, 0), t(14, 30)), 1, false, 0.3),
                kind("Afternoon check", "care-worker-afternoon", CARE_WORKER, 20, minutes(15),
                        flexible(t(14, 45), t(17, 0)), 3, false, 0.9),
                kind("Help with supper", "care-worker-afternoon", CARE_WORKER, 25, minutes(20, 30),
                        fixed(minutes(30), t(17, 30), t(18, 0)), 4, false, 0.95),
                kind("Medication, evening", "care-worker-afternoon", CARE_WORKER, 15, minutes(10),
                        fixed(minutes(30), t(19, 0), t(20, 0)), 5, true, 0.95),
                kind("Evening hygiene and bed", "care-worker-afternoon", CARE_WORKER, 20, minutes(30),
                        flexible(t(19, 0), t(21, 45)), 4, false, 0.95),
                kind("Insulin", "home-nurse", NURSE, 20, minutes(10, 15), fixed(minutes(20), t(7, 30), t(11, 30)), 6,
                        true, 0.95),
                kind("Injection", "home-nurse", NURSE, 15, minutes(10, 15), fixed(minutes(30), t(8, 0), t(10, 0)), 5,
                        true, 0.8),
                kind("Wound dressing", "home-nurse", NURSE, 15, minutes(20, 30), flexible(t(8, 0), t(14, 30)), 4,
                        false, 0.7));
        return new RegionProfile("usti", "Ústí region home-care service providers", ZoneId.of("Europe/Prague"), 32,
                1.3, bases, towns, teams, kinds);
    }

    /**
     * Lillehammer municipality, Norway: a small palliative team (nurses and a physician in office hours) making
     * consult visits, supported by home nurses who also work weekends.
     */
    static RegionProfile lillehammer() {
        List<Town> bases = List.of(town("Lillehammer", 61.1153, 10.4662, 0, 0));
        List<Town> towns = List.of(town("Lillehammer sentrum", 61.1153, 10.4662, 20_000, 2.0),
                town("Nordre Ål", 61.1300, 10.4750, 3_000, 0.8), town("Søre Ål", 61.1000, 10.4650, 3_000, 0.8),
                town("Vingnes", 61.1050, 10.4350, 2_000, 0.8), town("Fåberg", 61.1670, 10.4000, 2_000, 1.2),
                town("Jørstadmoen", 61.1250, 10.3450, 1_000, 1.0), town("Vingrom", 61.0650, 10.4400, 1_000, 1.2),
                town("Saksumdal", 61.1950, 10.3250, 500, 2.0), town("Lismarka", 61.1450, 10.6500, 400, 2.0),
                town("Øyer", 61.2650, 10.4170, 2_500, 1.5), town("Tretten", 61.3150, 10.3000, 1_000, 1.2));
        List<Team> teams = List.of(
                team("palliative-nurse", "kreftsykepleier, palliativt team", Set.of(NURSE, PALLIATIVE), 0.45,
                        t(8, 0), t(15, 30), true, 0.5, 15),
                team("physician", "lege, palliativt team", Set.of(PHYSICIAN, PALLIATIVE), 0.2, t(8, 0), t(15, 30),
                        true, 0.4, 15),
                team("home-nurse", "sykepleier, hjemmesykepleien", Set.of(NURSE), 0.35, t(7, 30), t(15, 30), false,
                        0.6, 10));
        List<VisitKind> kinds = List.of(
                kind("Consult visit", "palliative-nurse", PALLIATIVE, 10, minutes(60, 90),
                        flexible(t(9, 0), t(14, 30)), 6, false, 0.5),
                kind("Symptom assessment", "palliative-nurse", PALLIATIVE, 12, minutes(45, 60),
                        flexible(t(8, 30), t(15, 0)), 7, false, 0.8),
                kind("Advance care planning", "physician", PHYSICIAN, 3, minutes(60, 90),
                        flexible(t(10, 0), t(14, 30)), 5, false, 0.0),
                kind("Physician home visit", "physician", PHYSICIAN, 6, minutes(45, 60), flexible(t(9, 30), t(15, 0)),
                        7, false, 0.4),
                kind("Pump refill", "home-nurse", NURSE, 10, minutes(20, 30), fixed(minutes(30), t(8, 30), t(14, 0)),
                        8, true, 0.95),
                kind("Medication and wound care", "home-nurse", NURSE, 20, minutes(20, 30),
                        flexible(t(8, 0), t(12, 0)), 4, false, 0.9));
        return new RegionProfile("lillehammer", "Lillehammer municipality palliative team (Norway)",
                ZoneId.of("Europe/Oslo"), 50, 1.35, bases, towns, teams, kinds);
    }

    private static Town town(String name, double lat, double lon, int population, double radiusKm) {
        return new Town(name, lat, lon, population, radiusKm);
    }

    private static Team team(String id, String title, Set<String> skills, double share, LocalTime start,
            LocalTime end, boolean weekdaysOnly, double utilisation, int travelMinutes) {
        return new Team(id, title, skills, share, start, end, weekdaysOnly, utilisation, travelMinutes);
    }

    private static VisitKind kind(String label, String team, String skill, int frequency, int[] durations,
            WindowRule window, int priority, boolean mandatory, double recurring) {
        return new VisitKind(label, team, Set.of(skill), frequency, durations, window, priority, mandatory,
                recurring);
    }

    private static WindowRule flexible(LocalTime from, LocalTime to) {
        return new WindowRule.Flexible(from, to);
    }

    private static WindowRule fixed(int[] tolerances, LocalTime... times) {
        return new WindowRule.Fixed(List.of(times), tolerances);
    }

    private static WindowRule oneOf(WindowRule... rules) {
        return new WindowRule.OneOf(List.of(rules));
    }

    private static LocalTime t(int hour, int minute) {
        return LocalTime.of(hour, minute);
    }

    private static int[] minutes(int... values) {
        return values;
    }

    static String describe(RegionProfile profile) {
        List<String> teams = new ArrayList<>();
        for (Team team : profile.teams()) {
            teams.add(team.id());
        }
        return String.format(Locale.ROOT, "%s: %s (%d bases, %d towns, teams %s)", profile.id(), profile.title(),
                profile.bases().size(), profile.towns().size(), String.join(", ", teams));
    }
}
