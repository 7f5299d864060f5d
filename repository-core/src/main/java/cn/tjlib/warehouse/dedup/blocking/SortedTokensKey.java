package cn.tjlib.warehouse.dedup.blocking;

import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;
import cn.tjlib.warehouse.dedup.normalize.Tokens;

import java.util.Set;
import java.util.TreeSet;

/** Files a record under its title's distinct content words in sorted order: reordered titles meet. */
public final class SortedTokensKey implements BlockingKey {
    @Override
    public Set<String> keys(PreparedRecord record) {
        TreeSet<String> sorted = new TreeSet<>();
        record.title().tokens().stream().filter(t -> !Tokens.isStopWord(t)).forEach(sorted::add);
        return sorted.isEmpty() ? Set.of() : Set.of("s:" + String.join(" ", sorted));
    }
}
