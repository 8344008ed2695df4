package org.careroute.core.internal.validate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.careroute.core.api.CareConstraint;
import org.careroute.core.api.InputError;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.EuclideanTravel;
import org.careroute.core.api.model.GeoLocation;
import org.careroute.core.api.model.HaversineTravel;
import org.careroute.core.api.model.Location;
import org.careroute.core.api.model.MatrixLocation;
import org.careroute.core.api.model.MatrixTravel;
import org.careroute.core.api.model.OsmTravel;
import org.careroute.core.api.model.PlaneLocation;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.ShiftBreak;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.Visit;
import org.careroute.core.internal.verify.TimeText;

/**
 * The semantic checks behind {@link org.careroute.core.api.ProblemValidator}. Pointers are those the values have in
 * the JSON format; where the model has sets (skills), {@link SkillPositions} tells the array index of a skill.
 */
public final class ProblemChecks {

    /** The solver keeps skills in a {@code long} bit mask. */
    public static final int MAX_SKILLS = 64;
    public static final Instant EARLIEST = Instant.EPOCH;
    public static final Instant LATEST = Instant.ofEpochSecond(253_402_300_799L);
    public static final Duration LONGEST_VISIT = Duration.ofDays(30);

    /** Where a skill sits in a JSON skills array; the default is sorted order, as the writer emits it. */
    @FunctionalInterface
    public interface SkillPositions {
        int indexOf(String arrayPointer, Set<String> skills, String skill);

        SkillPositions SORTED = (pointer, skills, skill) -> new ArrayList<>(new TreeSet<>(skills)).indexOf(skill);
    }

    private final Problem problem;
    private final String source;
    private final SkillPositions positions;
    private final TimeText time;
    private final List<InputError> errors = new ArrayList<>();

    private ProblemChecks(Problem problem, String source, SkillPositions positions) {
        this.problem = problem;
        this.source = source;
        this.positions = positions;
        this.time = timeText(problem);
    }

    /** How the messages about a problem show its times: in its time zone (or as numbers). */
    static TimeText timeText(Problem problem) {
        return new TimeText(problem.timeFormat(), problem.timeZone());
    }

    public static List<InputError> run(Problem problem, String source, SkillPositions positions) {
        ProblemChecks checks = new ProblemChecks(problem, source, positions);
        checks.checkCaregiversAndShifts();
        checks.checkVisits();
        checks.checkSkills();
        checks.checkLocations();
        checks.checkConstraintWeights();
        new LinkInputChecks(problem, positions, checks::error).run();
        checks.errors.addAll(PatientCareInputChecks.run(problem, source, positions));
        return List.copyOf(checks.errors);
    }

    private void error(String pointer, String message) {
        errors.add(new InputError(source, pointer, message));
    }

    private void checkCaregiversAndShifts() {
        Map<String, Integer> caregiverIds = new HashMap<>();
        Map<String, String> shiftIds = new HashMap<>();
        int shiftCount = 0;
        for (int c = 0; c < problem.caregivers().size(); c++) {
            Caregiver caregiver = problem.caregivers().get(c);
            String pointer = "/caregivers/" + c;
            checkId(caregiver.id(), pointer + "/id", "caregiver");
            Integer first = caregiverIds.putIfAbsent(caregiver.id(), c);
            if (first != null) {
                error(pointer + "/id", "Duplicate caregiver id '" + caregiver.id() + "' (also used by /caregivers/"
                        + first + "); give every caregiver its own id.");
            }
            for (int s = 0; s < caregiver.shifts().size(); s++) {
                Shift shift = caregiver.shifts().get(s);
                String shiftPointer = pointer + "/shifts/" + s;
                shiftCount++;
                checkId(shift.id(), shiftPointer + "/id", "shift");
                String firstShift = shiftIds.putIfAbsent(shift.id(), shiftPointer);
                if (firstShift != null) {
                    error(shiftPointer + "/id", "Duplicate shift id '" + shift.id() + "' (also used by " + firstShift
                            + "); shift ids must be unique across all caregivers.");
                }
                checkTime(shift.start(), shiftPointer + "/start");
                checkTime(shift.end(), shiftPointer + "/end");
                if (!shift.end().isAfter(shift.start())) {
                    error(shiftPointer + "/end", "Shift '" + shift.id() + "' ends when it starts (" + time.local(
                            shift.start()) + "): a shift needs a positive length; give its real end or leave the"
                            + " shift out.");
                } else {
                    checkShiftRules(shift, shiftPointer);
                }
            }
            checkOverlappingShifts(caregiver, pointer);
            if (caregiver.terms().hasTeam()) {
                checkId(caregiver.terms().team(), pointer + "/team", "team");
            }
        }
        if (!problem.visits().isEmpty()) {
            if (problem.caregivers().isEmpty()) {
                error("/caregivers", "There are " + problem.visits().size()
                        + " visits but no caregivers; add at least one caregiver with a shift.");
            } else if (shiftCount == 0) {
                error("/caregivers", "There are " + problem.visits().size()
                        + " visits but no caregiver has a shift; add at least one shift.");
            }
        }
    }

    /**
     * One person cannot work two shifts at once: shifts of one caregiver that overlap (for example a shift record
     * duplicated by an export) are reported at the later one, naming both.
     */
    private void checkOverlappingShifts(Caregiver caregiver, String pointer) {
        List<Shift> shifts = caregiver.shifts();
        List<Integer> byStart = new ArrayList<>();
        for (int s = 0; s < shifts.size(); s++) {
            if (shifts.get(s).end().isAfter(shifts.get(s).start())) {
                byStart.add(s);
            }
        }
        byStart.sort(java.util.Comparator.comparing((Integer s) -> shifts.get(s).start()).thenComparing(s -> s));
        int latestEnding = -1;
        for (int s : byStart) {
            Shift shift = shifts.get(s);
            if (latestEnding >= 0 && shift.start().isBefore(shifts.get(latestEnding).end())) {
                Shift other = shifts.get(latestEnding);
                int later = Math.max(s, latestEnding);
                int earlier = Math.min(s, latestEnding);
                error(pointer + "/shifts/" + later, "Shifts '" + shifts.get(earlier).id() + "' (" + pointer
                        + "/shifts/" + earlier + ", " + time.period(shifts.get(earlier).start(), shifts.get(earlier)
                                .end())
                        + ") and '" + shifts.get(later).id() + "' (" + pointer + "/shifts/" + later + ", " + time
                                .period(shifts.get(later).start(), shifts.get(later).end())
                        + ") of caregiver '" + caregiver.id() + "' overlap: one person cannot work both at once."
                        + " Remove the duplicate or make one end before the other starts.");
                if (shift.end().isAfter(other.end())) {
                    latestEnding = s;
                }
            } else if (latestEnding < 0 || shift.end().isAfter(shifts.get(latestEnding).end())) {
                latestEnding = s;
            }
        }
    }

    /** Breaks inside their shift, a positive maximum working time, the breaks within the 255 the solver counts. */
    private void checkShiftRules(Shift shift, String pointer) {
        List<ShiftBreak> breaks = shift.rules().breaks();
        for (int b = 0; b < breaks.size(); b++) {
            ShiftBreak shiftBreak = breaks.get(b);
            String breakPointer = pointer + "/breaks/" + b;
            if (shiftBreak.earliestStart().isBefore(shift.start())) {
                error(breakPointer + "/earliestStart", "Break " + b + " of shift '" + shift.id() + "' may start ("
                        + time.local(shiftBreak.earliestStart()) + ") before the shift starts (" + time.local(shift
                                .start())
                        + "); move its earliest start into the shift.");
            }
            if (shiftBreak.latestEnd().isAfter(shift.end())) {
                error(breakPointer + "/latestEnd", "Break " + b + " of shift '" + shift.id() + "' may end ("
                        + time.local(shiftBreak.latestEnd()) + ") after the shift ends (" + time.local(shift.end())
                        + "); move its latest end into the shift.");
            }
        }
        if (breaks.size() > 255) {
            error(pointer + "/breaks", "Shift '" + shift.id() + "' has " + breaks.size()
                    + " breaks; at most 255 are supported.");
        }
        if (shift.rules().maxWorkingTime() != null && shift.rules().maxWorkingTime().isZero()) {
            error(pointer + "/maxWorkingTime", "maxWorkingTime of shift '" + shift.id()
                    + "' is 0, so no visit could ever be planned; give a positive duration or leave it out.");
        }
    }

    private void checkId(String id, String pointer, String what) {
        if (id.isBlank()) {
            error(pointer, "The " + what + " id must not be blank.");
        }
    }

    private void checkTime(Instant time, String pointer) {
        if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
            error(pointer, "Time " + time + " is outside the supported range 1970-01-01T00:00:00Z to"
                    + " 9999-12-31T23:59:59Z.");
        }
    }

    private void checkVisits() {
        Map<String, Integer> visitIds = new HashMap<>();
        for (int v = 0; v < problem.visits().size(); v++) {
            Visit visit = problem.visits().get(v);
            String pointer = "/visits/" + v;
            checkId(visit.id(), pointer + "/id", "visit");
            Integer first = visitIds.putIfAbsent(visit.id(), v);
            if (first != null) {
                error(pointer + "/id", "Duplicate visit id '" + visit.id() + "' (also used by /visits/" + first
                        + "); give every visit its own id.");
            }
            if (visit.duration().compareTo(LONGEST_VISIT) > 0) {
                error(pointer + "/duration", "Visit duration " + visit.duration() + " is longer than the maximum of"
                        + " 30 days (PT720H).");
            }
            List<TimeWindow> windows = visit.timeWindows();
            for (int w = 0; w < windows.size(); w++) {
                String windowPointer = pointer + "/timeWindows/" + w;
                checkTime(windows.get(w).start(), windowPointer + "/start");
                checkTime(windows.get(w).end(), windowPointer + "/end");
                if (w > 0 && windows.get(w).start().isBefore(windows.get(w - 1).end())) {
                    error(windowPointer, "Time windows must be sorted and must not overlap: this one starts at "
                            + time.local(windows.get(w).start()) + ", before the previous one ends at " + time.local(
                                    windows.get(w - 1).end())
                            + ".");
                }
            }
        }
    }

    private void checkSkills() {
        Set<String> known = new TreeSet<>();
        for (int c = 0; c < problem.caregivers().size(); c++) {
            Caregiver caregiver = problem.caregivers().get(c);
            for (String skill : new TreeSet<>(caregiver.skills())) {
                if (known.add(skill) && known.size() == MAX_SKILLS + 1) {
                    String arrayPointer = "/caregivers/" + c + "/skills";
                    error(arrayPointer + "/" + positions.indexOf(arrayPointer, caregiver.skills(), skill),
                            "More than " + MAX_SKILLS + " distinct skills ('" + skill + "' is number " + known.size()
                                    + "); careroute supports at most " + MAX_SKILLS
                                    + ": merge skills that always go together.");
                }
            }
        }
        for (int v = 0; v < problem.visits().size() && !problem.caregivers().isEmpty(); v++) {
            Visit visit = problem.visits().get(v);
            for (String skill : new TreeSet<>(visit.requiredSkills())) {
                if (!known.contains(skill)) {
                    String arrayPointer = "/visits/" + v + "/requiredSkills";
                    error(arrayPointer + "/" + positions.indexOf(arrayPointer, visit.requiredSkills(), skill),
                            "Required skill '" + skill + "' is not held by any caregiver"
                                    + Suggestions.didYouMean(skill, known) + " Known skills: " + (known.isEmpty()
                                            ? "none"
                                            : String.join(", ", known))
                                    + ".");
                }
            }
        }
    }

    private void checkLocations() {
        for (int c = 0; c < problem.caregivers().size(); c++) {
            List<Shift> shifts = problem.caregivers().get(c).shifts();
            for (int s = 0; s < shifts.size(); s++) {
                Shift shift = shifts.get(s);
                String pointer = "/caregivers/" + c + "/shifts/" + s;
                checkLocation(shift.startLocation(), pointer + "/startLocation");
                if (shift.endLocation() != null && !shift.endLocation().equals(shift.startLocation())) {
                    checkLocation(shift.endLocation(), pointer + "/endLocation");
                }
            }
        }
        for (int v = 0; v < problem.visits().size(); v++) {
            checkLocation(problem.visits().get(v).location(), "/visits/" + v + "/location");
        }
    }

    private void checkLocation(Location location, String pointer) {
        switch (problem.travel()) {
            case HaversineTravel h -> requireKind(location instanceof GeoLocation, location, pointer, h.mode(),
                    "{\"lat\", \"lon\"}");
            case OsmTravel o -> requireKind(location instanceof GeoLocation, location, pointer, o.mode(),
                    "{\"lat\", \"lon\"}");
            case EuclideanTravel e -> requireKind(location instanceof PlaneLocation, location, pointer, e.mode(),
                    "{\"x\", \"y\"}");
            case MatrixTravel m -> {
                if (requireKind(location instanceof MatrixLocation, location, pointer, m.mode(), "{\"index\"}")
                        && ((MatrixLocation) location).index() >= m.size()) {
                    error(pointer + "/index", "Matrix index " + ((MatrixLocation) location).index()
                            + " is out of range: the travel matrix has " + m.size() + " rows (indices 0 to "
                            + (m.size() - 1) + ").");
                }
            }
        }
    }

    private boolean requireKind(boolean matches, Location location, String pointer, String mode, String expected) {
        if (!matches) {
            error(pointer, "Travel mode '" + mode + "' needs locations like " + expected + ", but this one is "
                    + describe(location) + ".");
        }
        return matches;
    }

    private static String describe(Location location) {
        return switch (location) {
            case GeoLocation g -> "{\"lat\", \"lon\"}";
            case PlaneLocation p -> "{\"x\", \"y\"}";
            case MatrixLocation m -> "{\"index\"}";
        };
    }

    private void checkConstraintWeights() {
        List<String> ids = Arrays.stream(CareConstraint.values()).map(CareConstraint::id).toList();
        for (Map.Entry<String, Long> entry : new java.util.TreeMap<>(problem.constraintWeights()).entrySet()) {
            String pointer = JsonPointers.child("/constraintWeights", entry.getKey());
            if (CareConstraint.byId(entry.getKey()).isEmpty()) {
                error(pointer, "Unknown constraint id '" + entry.getKey() + "'" + Suggestions.didYouMean(entry
                        .getKey(), ids) + " Known ids: " + String.join(", ", ids) + ".");
            }
            if (entry.getValue() == null || entry.getValue() < 0) {
                error(pointer, "Constraint weight " + entry.getValue() + " for '" + entry.getKey()
                        + "' must be 0 (off) or positive.");
            }
        }
    }
}
