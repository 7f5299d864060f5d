package cn.tjlib.warehouse.dedup.blocking;

import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;

import java.util.List;

/** Every pair any of its blockers proposes: exact keys for precision, token neighbours for recall. */
public final class UnionBlocking implements Blocker {
    private final List<Blocker> blockers;

    public UnionBlocking(List<Blocker> blockers) {
        this.blockers = List.copyOf(blockers);
    }

    @Override
    public void propose(List<PreparedRecord> records, PairCollector pairs) {
        blockers.forEach(b -> b.propose(records, pairs));
    }
}
