package cn.tjlib.warehouse.dedup.compare;

import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;
import cn.tjlib.warehouse.record.ResourceType;

import java.util.Optional;

/**
 * A book does not match its audio book, video or thesis version (DCMI Type; ISBD area 0, content form);
 * an unrecognised type ({@link ResourceType#OTHER}) vetoes nothing.
 */
public final class ResourceTypeGuard implements MatchGuard {
    @Override
    public String ruleId() {
        return "dedup.type";
    }

    @Override
    public Optional<String> veto(PreparedRecord a, PreparedRecord b) {
        if (a.type() == b.type() || a.type() == ResourceType.OTHER || b.type() == ResourceType.OTHER) {
            return Optional.empty();
        }
        return Optional.of("type " + a.type().code() + " differs from " + b.type().code());
    }
}
