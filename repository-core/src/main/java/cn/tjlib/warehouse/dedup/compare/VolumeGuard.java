package cn.tjlib.warehouse.dedup.compare;

import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;

import java.util.Optional;

/**
 * Different volumes or parts are different records (ISBD 1.1.5.2, dependent title designation), even
 * under a shared set ISBN; a volume never matches the set record that names no volume.
 */
public final class VolumeGuard implements MatchGuard {
    @Override
    public String ruleId() {
        return "dedup.volume";
    }

    @Override
    public Optional<String> veto(PreparedRecord a, PreparedRecord b) {
        if (a.volume().equals(b.volume())) {
            return Optional.empty();
        }
        return Optional.of("volume '" + a.volume() + "' differs from '" + b.volume() + "'");
    }
}
