package cn.tjlib.warehouse.dedup.compare;

import cn.tjlib.warehouse.dedup.normalize.PersonName;
import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Share of creators two records have in common, matching names one to one by {@link PersonNameAgreement}
 * in any order: Dice 2m / (|A| + |B|), or m / min(|A|, |B|) when a list was cut short ("et al.", 等).
 * A shared family name whose given names disagree ("Robert Gerber", "Bob Gerber") counts half.
 */
public final class CreatorOverlap implements FieldComparator {
    // author lists of large collaborations are long; the first names decide, and this bounds the work
    private static final int MAX_NAMES = 40;

    @Override
    public OptionalDouble similarity(PreparedRecord a, PreparedRecord b) {
        if (a.creators().isEmpty() || b.creators().isEmpty()) {
            return OptionalDouble.empty();
        }
        List<PersonName> left = head(a.creators());
        List<PersonName> right = head(b.creators());
        double matched = matched(left, right);
        if (a.creatorsTruncated() || b.creatorsTruncated()) {
            return OptionalDouble.of((double) matched / Math.min(left.size(), right.size()));
        }
        return OptionalDouble.of(2.0 * matched / (left.size() + right.size()));
    }

    /** Names that agree count 1; left over, a shared family name with disagreeing given names counts half. */
    private static double matched(List<PersonName> left, List<PersonName> right) {
        boolean[] usedLeft = new boolean[left.size()];
        boolean[] usedRight = new boolean[right.size()];
        double matched = pass(left, right, usedLeft, usedRight, PersonNameAgreement::agree);
        return matched + 0.5 * pass(left, right, usedLeft, usedRight, PersonNameAgreement::sameFamily);
    }

    private static int pass(List<PersonName> left, List<PersonName> right, boolean[] usedLeft, boolean[] usedRight,
                            java.util.function.BiPredicate<PersonName, PersonName> agree) {
        int matched = 0;
        for (int i = 0; i < left.size(); i++) {
            for (int j = 0; j < right.size() && !usedLeft[i]; j++) {
                if (!usedRight[j] && agree.test(left.get(i), right.get(j))) {
                    usedLeft[i] = true;
                    usedRight[j] = true;
                    matched++;
                }
            }
        }
        return matched;
    }

    private static List<PersonName> head(List<PersonName> names) {
        return names.size() > MAX_NAMES ? names.subList(0, MAX_NAMES) : names;
    }
}
