package cn.tjlib.warehouse.dedup.blocking;

import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;

import java.util.Set;

/** Files a record under its first creator's family name and initial with its year. */
public final class FirstCreatorYearKey implements BlockingKey {
    @Override
    public Set<String> keys(PreparedRecord record) {
        if (record.creators().isEmpty() || !record.hasYear()) {
            return Set.of();
        }
        return Set.of("c:" + record.creators().get(0).key() + "|" + record.year());
    }
}
