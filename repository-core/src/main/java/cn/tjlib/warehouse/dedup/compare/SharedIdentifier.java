package cn.tjlib.warehouse.dedup.compare;

import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;

import java.util.Collections;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * 1 when the records share an ISBN, ISSN or CN; 0 when both carry identifiers of one kind and none is
 * shared; empty otherwise. Weighted as evidence only: {@link TitleGuard} and {@link VolumeGuard} keep
 * a shared ISBN from matching different volumes or reused numbers on its own.
 */
public final class SharedIdentifier implements FieldComparator {
    @Override
    public OptionalDouble similarity(PreparedRecord a, PreparedRecord b) {
        boolean disjoint = false;
        for (int kind = 0; kind < 3; kind++) {
            Set<String> mine = of(a, kind);
            Set<String> theirs = of(b, kind);
            if (mine.isEmpty() || theirs.isEmpty()) {
                continue;
            }
            if (!Collections.disjoint(mine, theirs)) {
                return OptionalDouble.of(1.0);
            }
            disjoint = true;
        }
        return disjoint ? OptionalDouble.of(0.0) : OptionalDouble.empty();
    }

    private static Set<String> of(PreparedRecord r, int kind) {
        return switch (kind) {
            case 0 -> r.isbns();
            case 1 -> r.issns();
            default -> r.serialNumbers();
        };
    }
}
