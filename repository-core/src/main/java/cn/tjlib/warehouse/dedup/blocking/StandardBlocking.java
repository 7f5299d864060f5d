package cn.tjlib.warehouse.dedup.blocking;

import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Classic blocking on exact keys. A block larger than {@code maxBlockSize} would cost quadratic
 * comparisons (a common title such as "Editorial", a prolific author), so it is split by year, the
 * finer key, and what is still too large is skipped: the token neighbours find those pairs instead.
 */
public final class StandardBlocking implements Blocker {
    private final List<BlockingKey> keys;
    private final int maxBlockSize;

    public StandardBlocking(List<BlockingKey> keys, int maxBlockSize) {
        if (maxBlockSize < 2) {
            throw new IllegalArgumentException("maximum block size must be at least 2, got " + maxBlockSize);
        }
        this.keys = List.copyOf(keys);
        this.maxBlockSize = maxBlockSize;
    }

    @Override
    public void propose(List<PreparedRecord> records, PairCollector pairs) {
        // one key at a time, so that only one key's blocks are in memory
        for (BlockingKey key : keys) {
            Map<String, IntBag> blocks = new HashMap<>();
            for (PreparedRecord record : records) {
                for (String k : key.keys(record)) {
                    blocks.computeIfAbsent(k, x -> new IntBag()).add(record.index());
                }
            }
            blocks.values().forEach(block -> emit(block, records, pairs));
        }
    }

    private void emit(IntBag block, List<PreparedRecord> records, PairCollector pairs) {
        if (block.size() < 2) {
            return;
        }
        if (block.size() <= maxBlockSize) {
            pairsWithin(block, records, pairs);
            return;
        }
        Map<Integer, IntBag> byYear = new HashMap<>();
        for (int k = 0; k < block.size(); k++) {
            PreparedRecord r = records.get(block.get(k));
            byYear.computeIfAbsent(r.year(), y -> new IntBag()).add(r.index());
        }
        byYear.values().stream().filter(b -> b.size() >= 2 && b.size() <= maxBlockSize)
                .forEach(b -> pairsWithin(b, records, pairs));
    }

    private static void pairsWithin(IntBag block, List<PreparedRecord> records, PairCollector pairs) {
        long[] packed = new long[block.size() * (block.size() - 1) / 2];
        int count = 0;
        for (int x = 0; x < block.size(); x++) {
            PreparedRecord a = records.get(block.get(x));
            for (int y = x + 1; y < block.size(); y++) {
                PreparedRecord b = records.get(block.get(y));
                if (a.source() != b.source()) {
                    packed[count++] = PairCollector.pack(a.index(), b.index());
                }
            }
        }
        pairs.addAll(packed, count);
    }
}
