package cn.tjlib.warehouse.dedup.normalize;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the edition a title states (ISBD area 2): 第2版, 第二版, 修订版, 增订版, 2nd ed., second edition,
 * revised edition. A first edition is "1", the same as no statement at all; revisions without a number
 * are "revised".
 */
public final class EditionStatement implements Designation {
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth");
    private static final Pattern PATTERN = Pattern.compile(
            "第\\s*([0-9一二三四五六七八九十两]+)\\s*版"
                    + "|(修订|增订|修订增补|增补|新)\\s*版"
                    + "|\\b([0-9]{1,2})\\s*(?:st|nd|rd|th)?\\s*(?:ed|edn|edition|aufl|auflage)\\b\\.?"
                    + "|\\b(" + String.join("|", ORDINALS) + ")\\s+(?:ed|edn|edition)\\b\\.?"
                    + "|\\b(revised|rev|enlarged|expanded|updated)\\.?\\s+(?:ed|edn|edition)\\b\\.?");

    @Override
    public Optional<String> find(String folded) {
        Matcher m = PATTERN.matcher(folded);
        if (!m.find()) {
            return Optional.empty();
        }
        if (m.group(1) != null) {
            return Optional.of(Numerals.normalise(m.group(1)));
        }
        if (m.group(3) != null) {
            return Optional.of(Numerals.normalise(m.group(3)));
        }
        if (m.group(4) != null) {
            return Optional.of(String.valueOf(ORDINALS.indexOf(m.group(4)) + 1));
        }
        return Optional.of("revised");
    }

    @Override
    public String remove(String folded) {
        return PATTERN.matcher(folded).replaceAll(" ");
    }
}
