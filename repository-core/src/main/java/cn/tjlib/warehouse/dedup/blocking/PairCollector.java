package cn.tjlib.warehouse.dedup.blocking;

import java.util.Arrays;

/**
 * Collects candidate pairs as packed longs (lower index in the high half), so that millions of pairs
 * cost eight bytes each; {@link #pairs()} sorts and removes repeats. Safe for concurrent use.
 */
public final class PairCollector {
    private long[] pairs = new long[1024];
    private int size;

    public synchronized void add(int i, int j) {
        if (i == j) {
            return;
        }
        ensure(1);
        pairs[size++] = pack(i, j);
    }

    /** Adds {@code count} already packed pairs in one synchronised step. */
    public synchronized void addAll(long[] packed, int count) {
        ensure(count);
        System.arraycopy(packed, 0, pairs, size, count);
        size += count;
    }

    /** The distinct pairs, sorted. */
    public synchronized long[] pairs() {
        long[] sorted = Arrays.copyOf(pairs, size);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) {
                sorted[distinct++] = sorted[k];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }

    public static long pack(int i, int j) {
        int low = Math.min(i, j);
        int high = Math.max(i, j);
        return ((long) low << 32) | (high & 0xFFFFFFFFL);
    }

    public static int first(long pair) {
        return (int) (pair >>> 32);
    }

    public static int second(long pair) {
        return (int) pair;
    }

    private void ensure(int extra) {
        if (size + extra > pairs.length) {
            pairs = Arrays.copyOf(pairs, Math.max(pairs.length * 2, size + extra));
        }
    }
}
