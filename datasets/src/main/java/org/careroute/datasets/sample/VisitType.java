package org.careroute.datasets.sample;

import static org.careroute.datasets.sample.StaffGroup.Skills.ASSISTANT_NURSE;
import static org.careroute.datasets.sample.StaffGroup.Skills.NURSE;
import static org.careroute.datasets.sample.StaffGroup.Skills.OCCUPATIONAL_THERAPIST;
import static org.careroute.datasets.sample.StaffGroup.Skills.PHYSIOTHERAPIST;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The kinds of visit in a day of municipal home nursing, which team does them, how long they take, when they may
 * start and how often they occur within their team's work.
 */
enum VisitType {
    // day, assistant-nurse tasks (nurses may do them too)
    MORNING_HYGIENE("Morning hygiene", StaffGroup.DAY_ASSISTANT_NURSE, Need.PERSONAL_CARE, ASSISTANT_NURSE, 10,
            minutes(30, 40, 45, 50, 60), Windows.flexible(t(7, 30), t(10, 30)), 3, 3, false), INSULIN_MORNING(
                    "Insulin, morning", StaffGroup.DAY_ASSISTANT_NURSE, Need.DIABETES, ASSISTANT_NURSE, 20, minutes(10,
                            12, 15),
                    Windows.fixed(times(t(7, 30), t(7, 45), t(8, 0), t(8, 15), t(8, 30)), minutes(15, 20, 30)), 4, 5,
                    false), MEDICATION_MORNING("Medication, morning", StaffGroup.DAY_ASSISTANT_NURSE, Need.MEDICATION,
                            ASSISTANT_NURSE, 17,
                            minutes(10, 15), Windows.fixed(times(t(8, 0), t(8, 30), t(9, 0)), minutes(15, 30)), 4, 5,
                            false), INSULIN_LUNCH("Insulin, lunch", StaffGroup.DAY_ASSISTANT_NURSE, Need.DIABETES,
                                    ASSISTANT_NURSE, 13, minutes(10, 12,
                                            15),
                                    Windows.fixed(times(t(11, 30), t(12, 0), t(12, 30)), minutes(20, 30)), 4, 5,
                                    false), MEDICATION_LUNCH("Medication, lunch", StaffGroup.DAY_ASSISTANT_NURSE,
                                            Need.MEDICATION, ASSISTANT_NURSE, 13, minutes(
                                                    10),
                                            Windows.fixed(times(t(12, 0), t(12, 30), t(13, 0)), minutes(15, 30)), 3, 5,
                                            false), EYE_DROPS_AND_STOCKINGS("Eye drops and compression stockings",
                                                    StaffGroup.DAY_ASSISTANT_NURSE, Need.PERSONAL_CARE,
                                                    ASSISTANT_NURSE, 12, minutes(15, 20),
                                                    Windows.flexible(t(9, 0), t(14, 0)), 2, 3,
                                                    false), MEDICATION_AFTERNOON("Medication, afternoon",
                                                            StaffGroup.DAY_ASSISTANT_NURSE, Need.MEDICATION,
                                                            ASSISTANT_NURSE, 10,
                                                            minutes(10),
                                                            Windows.fixed(times(t(14, 0), t(14, 30)), minutes(15, 30)),
                                                            3, 4,
                                                            false), DOSETTE_FILLING("Filling the weekly dosette box",
                                                                    StaffGroup.DAY_ASSISTANT_NURSE, Need.MEDICATION,
                                                                    ASSISTANT_NURSE,
                                                                    5, minutes(20, 30),
                                                                    Windows.flexible(t(10, 0), t(15, 0)), 2, 3, false),
    // day, nurse tasks
    WOUND_CARE("Wound care", StaffGroup.DAY_NURSE, Need.WOUND, NURSE, 25, minutes(30, 35, 40, 45), Windows.oneOf(
            Windows.flexible(t(8, 0), t(12, 0)), Windows.flexible(t(9, 0), t(15, 0)), Windows.flexible(t(12, 0), t(15,
                    0))),
            3, 4, false), BLOOD_SAMPLE("Blood sample (fasting)", StaffGroup.DAY_NURSE, Need.NURSING, NURSE, 20,
                    minutes(10, 15), Windows
                            .flexible(t(7, 30), t(9, 30)),
                    3, 4, false), CATHETER_CARE("Catheter care", StaffGroup.DAY_NURSE, Need.NURSING, NURSE, 12,
                            minutes(20, 30), Windows.flexible(t(9,
                                    0), t(15, 0)),
                            3, 4, false), INJECTION("Injection", StaffGroup.DAY_NURSE, Need.NURSING, NURSE, 25,
                                    minutes(10, 15), Windows.fixed(times(t(9, 0),
                                            t(10, 0), t(11, 0)), minutes(30)),
                                    4, 4, false), PALLIATIVE_DAY("Palliative care, day", StaffGroup.DAY_NURSE,
                                            Need.PALLIATIVE, NURSE, 10, minutes(30, 45), Windows
                                                    .flexible(t(8, 30), t(11, 30)),
                                            5, 5, true), HEALTH_CHECK("Health check", StaffGroup.DAY_NURSE,
                                                    Need.NURSING,
                                                    NURSE, 8, minutes(20, 30), Windows.two(t(9, 0), t(
                                                            11, 0), t(13, 0), t(15, 0)),
                                                    1, 2, false),
    // day, therapists
    PHYSIOTHERAPY("Physiotherapy", StaffGroup.DAY_PHYSIOTHERAPIST, Need.REHABILITATION, PHYSIOTHERAPIST, 1, minutes(45,
            60),
            Windows.oneOf(Windows.flexible(t(9, 0), t(12, 0)), Windows.flexible(t(12, 30), t(15, 0)), Windows.two(
                    t(9, 0), t(11, 0), t(13, 0), t(15, 0)), Windows.flexible(t(9, 0), t(15, 0))),
            1, 2, false), OCCUPATIONAL_THERAPY("Occupational therapy, home assessment",
                    StaffGroup.DAY_OCCUPATIONAL_THERAPIST,
                    Need.REHABILITATION, OCCUPATIONAL_THERAPIST, 1, minutes(45, 60),
                    Windows.oneOf(Windows.flexible(t(9, 0), t(
                            12, 0)), Windows.flexible(t(12, 30), t(15, 0)),
                            Windows.two(t(9, 0), t(11, 0), t(13, 0), t(15, 0)),
                            Windows.flexible(t(9, 0), t(15, 0))),
                    1, 2, false),
    // evening, assistant-nurse tasks
    MEDICATION_EARLY_EVENING("Medication, early evening", StaffGroup.EVENING_ASSISTANT_NURSE, Need.MEDICATION,
            ASSISTANT_NURSE, 20, minutes(10), Windows.fixed(times(t(15, 30), t(16, 0), t(16, 30)), minutes(30)), 3, 4,
            false), INSULIN_EVENING("Insulin, evening", StaffGroup.EVENING_ASSISTANT_NURSE, Need.DIABETES,
                    ASSISTANT_NURSE, 24, minutes(
                            10, 12, 15),
                    Windows.fixed(times(t(17, 0), t(17, 30), t(18, 0)), minutes(15, 20, 30)), 4, 5,
                    false), SUPPER_SUPPORT("Supper and medication", StaffGroup.EVENING_ASSISTANT_NURSE,
                            Need.PERSONAL_CARE, ASSISTANT_NURSE, 10,
                            minutes(20, 30), Windows.flexible(t(16, 30), t(18, 30)), 2, 3,
                            false), MEDICATION_EVENING("Medication, evening", StaffGroup.EVENING_ASSISTANT_NURSE,
                                    Need.MEDICATION, ASSISTANT_NURSE, 28,
                                    minutes(10, 15),
                                    Windows.fixed(times(t(18, 0), t(18, 30), t(19, 0), t(19, 30), t(20, 0)),
                                            minutes(15, 30)),
                                    4, 5, false), EVENING_CARE("Evening care, help to bed",
                                            StaffGroup.EVENING_ASSISTANT_NURSE, Need.PERSONAL_CARE, ASSISTANT_NURSE,
                                            18, minutes(30, 40, 45), Windows.finishingBy(t(19, 0), t(21, 30)), 3, 3,
                                            false),
    // evening, nurse tasks
    PALLIATIVE_EVENING("Palliative care, evening", StaffGroup.EVENING_NURSE, Need.PALLIATIVE, NURSE, 30, minutes(30),
            Windows.flexible(t(19, 0), t(21, 0)), 5, 5, true), INJECTION_EVENING("Injection (anticoagulant)",
                    StaffGroup.EVENING_NURSE, Need.NURSING, NURSE, 40, minutes(10, 15),
                    Windows.fixed(times(t(16, 0), t(17, 0), t(18, 0)), minutes(30, 45)), 4, 4,
                    false), WOUND_CHECK_EVENING("Wound check", StaffGroup.EVENING_NURSE, Need.WOUND, NURSE, 30,
                            minutes(20, 30), Windows
                                    .flexible(t(15, 30), t(19, 0)),
                            3, 3, false);

    private final String label;
    private final StaffGroup team;
    private final Need need;
    private final String skill;
    private final int frequency;
    private final int[] durationsMinutes;
    private final Windows windows;
    private final int minPriority;
    private final int maxPriority;
    private final boolean mandatory;

    VisitType(String label, StaffGroup team, Need need, String skill, int frequency, int[] durationsMinutes,
            Windows windows, int minPriority, int maxPriority, boolean mandatory) {
        this.label = label;
        this.team = team;
        this.need = need;
        this.skill = skill;
        this.frequency = frequency;
        this.durationsMinutes = durationsMinutes;
        this.windows = windows;
        this.minPriority = minPriority;
        this.maxPriority = maxPriority;
        this.mandatory = mandatory;
    }

    String label() {
        return label;
    }

    StaffGroup team() {
        return team;
    }

    Need need() {
        return need;
    }

    Set<String> requiredSkills() {
        return Set.of(skill);
    }

    /** Relative frequency among the visits of its team. */
    int frequency() {
        return frequency;
    }

    boolean mandatory() {
        return mandatory;
    }

    int drawDuration(Random random) {
        return durationsMinutes[random.nextInt(durationsMinutes.length)];
    }

    int drawPriority(Random random) {
        return minPriority + random.nextInt(maxPriority - minPriority + 1);
    }

    /** Start windows as local times of the day; the duration lets evening visits end in time. */
    List<LocalTime[]> drawWindows(Random random, int durationMinutes) {
        return windows.draw(random, durationMinutes);
    }

    /** The mean duration in minutes, used to size the workload of each team. */
    double meanDurationMinutes() {
        return Arrays.stream(durationsMinutes).average().orElseThrow();
    }

    static List<VisitType> ofTeam(StaffGroup team) {
        return Arrays.stream(values()).filter(type -> type.team == team).toList();
    }

    private static LocalTime t(int hour, int minute) {
        return LocalTime.of(hour, minute);
    }

    private static int[] minutes(int... values) {
        return values;
    }

    private static LocalTime[] times(LocalTime... values) {
        return values;
    }

    /** The care need behind a visit; a client with a need often has several visits for it in one day. */
    enum Need {
        PERSONAL_CARE(0.7), DIABETES(0.85), MEDICATION(0.7), WOUND(0.3), NURSING(0.2), PALLIATIVE(0.9), REHABILITATION(
                0.3);

        private final double joinProbability;

        Need(double joinProbability) {
            this.joinProbability = joinProbability;
        }

        /** How likely a visit for this need goes to a client who already has one (several visits a day). */
        double joinProbability() {
            return joinProbability;
        }
    }

    /** How a visit type draws its start windows. */
    @FunctionalInterface
    interface Windows {

        List<LocalTime[]> draw(Random random, int durationMinutes);

        /** May start any time in [from, to]. */
        static Windows flexible(LocalTime from, LocalTime to) {
            return (random, duration) -> List.<LocalTime[]>of(new LocalTime[]{from, to});
        }

        /** Must happen within [from, finishBy]: starts in [from, finishBy - duration]. */
        static Windows finishingBy(LocalTime from, LocalTime finishBy) {
            return (random, duration) -> List.<LocalTime[]>of(new LocalTime[]{from, finishBy.minusMinutes(
                    duration)});
        }

        /** A fixed time (e.g. medication at 08:00) with a tolerance of +/- some minutes. */
        static Windows fixed(LocalTime[] targets, int[] tolerancesMinutes) {
            return (random, duration) -> {
                LocalTime target = targets[random.nextInt(targets.length)];
                int tolerance = tolerancesMinutes[random.nextInt(tolerancesMinutes.length)];
                return List.<LocalTime[]>of(new LocalTime[]{target.minusMinutes(tolerance), target.plusMinutes(
                        tolerance)});
            };
        }

        /** Two windows, e.g. morning or afternoon but not over lunch. */
        static Windows two(LocalTime from1, LocalTime to1, LocalTime from2, LocalTime to2) {
            return (random, duration) -> List.of(new LocalTime[]{from1, to1}, new LocalTime[]{from2, to2});
        }

        /** One of several alternatives, equally likely. */
        static Windows oneOf(Windows... alternatives) {
            return (random, duration) -> alternatives[random.nextInt(alternatives.length)].draw(random, duration);
        }
    }
}
