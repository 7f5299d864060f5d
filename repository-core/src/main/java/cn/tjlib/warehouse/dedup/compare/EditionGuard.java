package cn.tjlib.warehouse.dedup.compare;

import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;

import java.util.Optional;

/** Different editions are different records (ISBD area 2); no statement counts as the first edition. */
public final class EditionGuard implements MatchGuard {
    private static final String FIRST = "1";

    @Override
    public String ruleId() {
        return "dedup.edition";
    }

    @Override
    public Optional<String> veto(PreparedRecord a, PreparedRecord b) {
        String left = a.edition().isEmpty() ? FIRST : a.edition();
        String right = b.edition().isEmpty() ? FIRST : b.edition();
        if (left.equals(right)) {
            return Optional.empty();
        }
        return Optional.of("edition '" + left + "' differs from '" + right + "'");
    }
}
