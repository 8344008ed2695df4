package org.careroute.datasets.sample;

import java.time.LocalTime;
import java.util.Set;

/**
 * One staff group of the sample: one profession on one shift type, with its share of the staff; each is one team of
 * the problem, whose workload is balanced. Nurses may also do the tasks delegated to assistant
 * nurses (insulin, medication, personal care), as they do in Swedish municipal home nursing.
 */
enum StaffGroup {
    DAY_NURSE("sjuksköterska, dag", Set.of(Skills.NURSE, Skills.ASSISTANT_NURSE), true, 0.20, 510,
            11), DAY_ASSISTANT_NURSE("undersköterska, dag", Set.of(Skills.ASSISTANT_NURSE), true, 0.36, 510,
                    10), DAY_PHYSIOTHERAPIST("fysioterapeut", Set.of(Skills.PHYSIOTHERAPIST), true, 0.07, 390,
                            20), DAY_OCCUPATIONAL_THERAPIST("arbetsterapeut", Set.of(Skills.OCCUPATIONAL_THERAPIST),
                                    true, 0.07, 390, 20), EVENING_NURSE("sjuksköterska, kväll",
                                            Set.of(Skills.NURSE, Skills.ASSISTANT_NURSE), false, 0.08, 350,
                                            14), EVENING_ASSISTANT_NURSE("undersköterska, kväll",
                                                    Set.of(Skills.ASSISTANT_NURSE), false, 0.22, 350, 11);

    static final LocalTime DAY_START = LocalTime.of(7, 0);
    static final LocalTime DAY_END = LocalTime.of(16, 0);
    static final LocalTime EVENING_START = LocalTime.of(15, 0);
    static final LocalTime EVENING_END = LocalTime.of(22, 0);

    private final String title;
    private final Set<String> skills;
    private final boolean day;
    private final double staffShare;
    private final int workMinutes;
    private final int travelMinutesPerVisit;

    StaffGroup(String title, Set<String> skills, boolean day, double staffShare, int workMinutes,
            int travelMinutesPerVisit) {
        this.title = title;
        this.skills = skills;
        this.day = day;
        this.staffShare = staffShare;
        this.workMinutes = workMinutes;
        this.travelMinutesPerVisit = travelMinutesPerVisit;
    }

    /** The Swedish job title and shift, as coordinators say it. */
    String title() {
        return title;
    }

    Set<String> skills() {
        return skills;
    }

    boolean day() {
        return day;
    }

    double staffShare() {
        return staffShare;
    }

    LocalTime shiftStart() {
        return day ? DAY_START : EVENING_START;
    }

    LocalTime shiftEnd() {
        return day ? DAY_END : EVENING_END;
    }

    /**
     * Minutes of a shift in which the team's visits can take place: therapists see clients between 09:00 and 16:00,
     * evening visits end by 21:30, and everybody needs time to drive out and back.
     */
    int workMinutes() {
        return workMinutes;
    }

    /**
     * Minutes of driving expected per visit when sizing the team's workload: therapists and the few evening nurses
     * cover the whole area, so they drive further between visits.
     */
    int travelMinutesPerVisit() {
        return travelMinutesPerVisit;
    }

    /** The skill ids of the JSON format; the Swedish titles are in the README. */
    static final class Skills {
        static final String NURSE = "nurse";
        static final String ASSISTANT_NURSE = "assistant-nurse";
        static final String PHYSIOTHERAPIST = "physiotherapist";
        static final String OCCUPATIONAL_THERAPIST = "occupational-therapist";

        private Skills() {
        }
    }
}
