package cn.tjlib.warehouse.dedup.blocking;

import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;

import java.util.HashSet;
import java.util.Set;

/** Files a record under each normalised ISBN-13, ISSN and CN it carries. */
public final class IdentifierKey implements BlockingKey {
    @Override
    public Set<String> keys(PreparedRecord record) {
        Set<String> keys = new HashSet<>();
        record.isbns().forEach(v -> keys.add("isbn:" + v));
        record.issns().forEach(v -> keys.add("issn:" + v));
        record.serialNumbers().forEach(v -> keys.add("cn:" + v));
        return keys;
    }
}
