package org.careroute.datasets.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Shift;
import org.careroute.core.api.model.TimeWindow;
import org.careroute.core.api.model.Visit;
import org.careroute.core.api.model.VisitDependency;
import org.careroute.core.api.model.VisitLinks;
import org.careroute.core.api.model.VisitPart;

/**
 * The Värmland sample with linked visits: a share of the nursing visits needs two caregivers at once (the
 * visit's own professional plus an assistant nurse, e.g. to turn a bedridden patient), some later visits of a client
 * must follow an earlier one by one hour or more, and a few visits are pinned to a caregiver or a start time. The
 * same arguments always give the same problem.
 */
public final class VarmlandLinkedSample {

    public static final int DEFAULT_VISITS = 150;
    public static final int DEFAULT_CAREGIVERS = 18;
    public static final double DEFAULT_DOUBLE_SHARE = 0.10;
    static final String ASSISTANT_NURSE = "assistant-nurse";
    private static final Set<String> NURSING = Set.of("nurse", ASSISTANT_NURSE);
    private static final Duration MIN_GAP = Duration.ofHours(1);

    private final Problem base;
    private final Random random;
    private final double doubleShare;
    private final Map<String, VisitLinks> links = new LinkedHashMap<>();

    private VarmlandLinkedSample(Problem base, long seed, double doubleShare) {
        this.base = base;
        this.random = new Random(seed * 31 + 7);
        this.doubleShare = doubleShare;
    }

    /**
     * The shipped sample: 150 visits, 18 caregivers (two more than the plain sample for the second caregivers), 10 %
     * double-staffed visits.
     */
    public static Problem problem() {
        return problem(DEFAULT_VISITS, DEFAULT_CAREGIVERS, VarmlandSample.DEFAULT_SEED, DEFAULT_DOUBLE_SHARE);
    }

    /**
     * {@link VarmlandSample#problem(int, int, long)} with linked visits; {@code doubleShare} of all visits (rounded)
     * need two caregivers, as far as there are nursing visits.
     */
    public static Problem problem(int visits, int caregivers, long seed, double doubleShare) {
        if (doubleShare < 0 || doubleShare > 1) {
            throw new IllegalArgumentException("The share of double-staffed visits (" + doubleShare
                    + ") must be between 0 and 1.");
        }
        return new VarmlandLinkedSample(VarmlandSample.problem(visits, caregivers, seed), seed, doubleShare).build();
    }

    /**
     * Writes a linked sample: {@code VarmlandLinkedSample OUTPUT [VISITS CAREGIVERS [SEED [SHARE]]]}; without
     * arguments the shipped sample to {@code datasets/samples/varmland-linked.json}.
     */
    public static void main(String[] args) throws IOException {
        Path output = Path.of(args.length > 0 ? args[0] : "datasets/samples/varmland-linked.json");
        int visits = args.length > 2 ? Integer.parseInt(args[1]) : DEFAULT_VISITS;
        int caregivers = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_CAREGIVERS;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : VarmlandSample.DEFAULT_SEED;
        double share = args.length > 4 ? Double.parseDouble(args[4]) : DEFAULT_DOUBLE_SHARE;
        VarmlandSample.writeJson(problem(visits, caregivers, seed, share), output);
    }

    private Problem build() {
        Set<String> doubled = chooseDoubleStaffed();
        Set<String> dependent = addDependencies(doubled);
        addPins(doubled, dependent);
        List<Visit> visits = new ArrayList<>(base.visits().size());
        for (Visit visit : base.visits()) {
            VisitLinks link = links.get(visit.id());
            if (link == null) {
                visits.add(visit);
                continue;
            }
            Set<String> required = link.hasParts() ? Set.of() : visit.requiredSkills();
            visits.add(new Visit(visit.id(), visit.clientId(), visit.name(), visit.location(), visit.duration(),
                    visit.timeWindows(), required, visit.priority(), visit.mandatory(), visit.demand(), visit.care(),
                    link));
        }
        return new Problem(base.name() + " with linked visits", base.timeZone(), base.timeFormat(), base.travel(),
                base.caregivers(), visits, base.constraintWeights());
    }

    private VisitLinks linksOf(String visitId) {
        return links.getOrDefault(visitId, VisitLinks.NONE);
    }

    /** Nursing visits of at least 15 minutes become double-staffed: their own professional plus an assistant nurse. */
    private Set<String> chooseDoubleStaffed() {
        List<Visit> candidates = new ArrayList<>();
        for (Visit visit : base.visits()) {
            if (!visit.requiredSkills().isEmpty() && NURSING.containsAll(visit.requiredSkills()) && visit.duration()
                    .toMinutes() >= 15) {
                candidates.add(visit);
            }
        }
        Collections.shuffle(candidates, random);
        int wanted = Math.min(candidates.size(), (int) Math.round(doubleShare * base.visits().size()));
        Set<String> chosen = new HashSet<>();
        for (Visit visit : candidates.subList(0, wanted)) {
            links.put(visit.id(), new VisitLinks(List.of(new VisitPart(visit.requiredSkills(), null), new VisitPart(Set
                    .of(ASSISTANT_NURSE), null)), List.of(), null, null));
            chosen.add(visit.id());
        }
        return chosen;
    }

    /**
     * A client's later visit follows the earlier one by at least an hour (e.g. a check after medication), at most as
     * long as their windows allow; about one visit in thirty.
     */
    private Set<String> addDependencies(Set<String> doubled) {
        Map<String, List<Visit>> byClient = new LinkedHashMap<>();
        for (Visit visit : base.visits()) {
            if (!visit.timeWindows().isEmpty()) {
                byClient.computeIfAbsent(visit.clientId(), k -> new ArrayList<>()).add(visit);
            }
        }
        List<Visit[]> pairs = new ArrayList<>();
        for (List<Visit> ofClient : byClient.values()) {
            ofClient.sort(Comparator.comparing(v -> v.timeWindows().getFirst().start()));
            for (int i = 1; i < ofClient.size(); i++) {
                Visit earlier = ofClient.get(i - 1);
                Visit later = ofClient.get(i);
                Instant earlierEnd = earlier.timeWindows().getLast().end().plus(earlier.duration());
                if (!Duration.between(earlierEnd, later.timeWindows().getFirst().start()).minus(MIN_GAP)
                        .isNegative()) {
                    pairs.add(new Visit[]{earlier, later});
                }
            }
        }
        Collections.shuffle(pairs, random);
        Set<String> dependent = new HashSet<>();
        int wanted = Math.max(2, base.visits().size() / 30);
        for (Visit[] pair : pairs.subList(0, Math.min(wanted, pairs.size()))) {
            Visit earlier = pair[0];
            Visit later = pair[1];
            Duration span = Duration.between(earlier.timeWindows().getFirst().start().plus(earlier.duration()), later
                    .timeWindows().getLast().end());
            Duration maxGap = Duration.ofHours(span.plusMinutes(59).toHours());
            VisitLinks old = linksOf(later.id());
            links.put(later.id(), new VisitLinks(old.parts(), List.of(new VisitDependency(earlier.id(), MIN_GAP,
                    maxGap, VisitDependency.GapFrom.END)), null, null));
            dependent.add(earlier.id());
            dependent.add(later.id());
        }
        return dependent;
    }

    /**
     * Two single-caregiver visits are pinned to a qualified caregiver working then, one of them also to a start half
     * an hour into its first window; one part of a double-staffed visit is pinned to an assistant nurse.
     */
    private void addPins(Set<String> doubled, Set<String> dependent) {
        int pinned = 0;
        for (Visit visit : base.visits()) {
            if (pinned == 2) {
                break;
            }
            if (doubled.contains(visit.id()) || dependent.contains(visit.id()) || visit.timeWindows().isEmpty()) {
                continue;
            }
            TimeWindow first = visit.timeWindows().getFirst();
            Caregiver caregiver = workingThen(visit.requiredSkills(), first, Set.of());
            if (caregiver == null) {
                continue;
            }
            Instant start = null;
            if (pinned == 0 && Duration.between(first.start(), first.end()).toMinutes() >= 60) {
                start = first.start().plus(Duration.ofMinutes(30));
            }
            links.put(visit.id(), new VisitLinks(List.of(), List.of(), caregiver.id(), start));
            pinned++;
        }
        for (Visit visit : base.visits()) {
            if (!doubled.contains(visit.id()) || visit.timeWindows().isEmpty()) {
                continue;
            }
            Caregiver assistant = workingThen(Set.of(ASSISTANT_NURSE), visit.timeWindows().getFirst(), Set.of(
                    "nurse"));
            if (assistant != null) {
                VisitLinks old = linksOf(visit.id());
                List<VisitPart> parts = new ArrayList<>(old.parts());
                parts.set(1, new VisitPart(parts.get(1).requiredSkills(), assistant.id()));
                links.put(visit.id(), new VisitLinks(parts, old.dependencies(), null, null));
                return;
            }
        }
    }

    /** The first caregiver with the skills (and none of {@code without}) whose shift covers the window. */
    private Caregiver workingThen(Set<String> skills, TimeWindow window, Set<String> without) {
        for (Caregiver caregiver : base.caregivers()) {
            if (!caregiver.skills().containsAll(skills) || caregiver.skills().stream().anyMatch(without::contains)) {
                continue;
            }
            for (Shift shift : caregiver.shifts()) {
                if (!shift.start().isAfter(window.start()) && !shift.end().isBefore(window.end())) {
                    return caregiver;
                }
            }
        }
        return null;
    }
}
