package org.careroute.core.internal.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.careroute.core.api.model.Caregiver;
import org.careroute.core.api.model.Problem;
import org.careroute.core.api.model.Visit;

/** Numbers the skills of a problem so that skill sets become 64-bit masks. */
public final class SkillIndex {

    public static final int MAX_SKILLS = 64;

    private final Map<String, Integer> bitBySkill;
    private final List<String> skills;

    private SkillIndex(List<String> skills) {
        this.skills = List.copyOf(skills);
        this.bitBySkill = new HashMap<>();
        for (int i = 0; i < skills.size(); i++) {
            bitBySkill.put(skills.get(i), i);
        }
    }

    public static SkillIndex of(Problem problem) {
        Set<String> all = new TreeSet<>();
        for (Caregiver caregiver : problem.caregivers()) {
            all.addAll(caregiver.skills());
        }
        for (Visit visit : problem.visits()) {
            all.addAll(visit.requiredSkills());
            visit.links().parts().forEach(part -> all.addAll(part.requiredSkills()));
        }
        if (all.size() > MAX_SKILLS) {
            throw new IllegalArgumentException("The problem uses " + all.size() + " distinct skills; at most "
                    + MAX_SKILLS + " are supported. Merge rarely used skills.");
        }
        return new SkillIndex(new ArrayList<>(all));
    }

    public long mask(Set<String> skillSet) {
        long mask = 0L;
        for (String skill : skillSet) {
            Integer bit = bitBySkill.get(skill);
            if (bit == null) {
                throw new IllegalArgumentException("Unknown skill (" + skill + ").");
            }
            mask |= 1L << bit;
        }
        return mask;
    }

    /** The skills of a mask, in a stable order. */
    public List<String> skillsOf(long mask) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < skills.size(); i++) {
            if ((mask & (1L << i)) != 0) {
                result.add(skills.get(i));
            }
        }
        return result;
    }
}
