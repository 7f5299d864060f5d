package cn.tjlib.warehouse.dedup.blocking;

import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Files a record under the first characters of its compact title proper and of its whole title. */
public final class TitlePrefixKey implements BlockingKey {
    private final int length;

    public TitlePrefixKey(int length) {
        if (length < 1) {
            throw new IllegalArgumentException("title prefix length must be positive, got " + length);
        }
        this.length = length;
    }

    @Override
    public Set<String> keys(PreparedRecord record) {
        String main = record.title().mainKey();
        String full = record.title().fullKey();
        if (full.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(List.of("t:" + prefix(main), "t:" + prefix(full)));
    }

    private String prefix(String key) {
        int characters = key.codePointCount(0, key.length());
        return characters <= length ? key : key.substring(0, key.offsetByCodePoints(0, length));
    }
}
