package cn.tjlib.warehouse.dedup.compare;

import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;

import java.util.OptionalDouble;

/** 1 for the same year, 0.5 for adjacent years (a December printing catalogued as next year), else 0. */
public final class YearProximity implements FieldComparator {
    @Override
    public OptionalDouble similarity(PreparedRecord a, PreparedRecord b) {
        if (!a.hasYear() || !b.hasYear()) {
            return OptionalDouble.empty();
        }
        int distance = Math.abs(a.year() - b.year());
        return OptionalDouble.of(distance == 0 ? 1.0 : distance == 1 ? 0.5 : 0.0);
    }
}
