package cn.tjlib.warehouse.dedup.blocking;

import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * An inverted index of {@link BlockingTokens} built by sorting, not hashing into maps: every (token,
 * record) posting is one long, 40 bits of token hash over 24 bits of record index, so a million records
 * with twenty tokens each take 160 MB and one parallel sort. A hash collision merely merges two
 * postings lists, which adds candidates and loses none.
 */
final class TokenIndex {
    static final int MAX_RECORDS = 1 << 24;
    private static final int INDEX_BITS = 24;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    private final long[] postings;
    private final int[] tokenStart;
    private final int[] recordTokens;
    private final int[] recordStart;

    TokenIndex(List<PreparedRecord> records) {
        if (records.size() > MAX_RECORDS) {
            throw new IllegalArgumentException("token index holds at most " + MAX_RECORDS + " records, got " + records.size());
        }
        postings = sortedPostings(records);
        tokenStart = runStarts(postings);
        recordStart = new int[records.size() + 1];
        recordTokens = tokensByRecord(records.size());
    }

    int tokenCount() {
        return tokenStart.length - 1;
    }

    int frequency(int token) {
        return tokenStart[token + 1] - tokenStart[token];
    }

    int posting(int token, int k) {
        return (int) (postings[tokenStart[token] + k] & INDEX_MASK);
    }

    int[] tokensOf(int record) {
        return Arrays.copyOfRange(recordTokens, recordStart[record], recordStart[record + 1]);
    }

    private static long[] sortedPostings(List<PreparedRecord> records) {
        long[][] perRecord = new long[records.size()][];
        java.util.stream.IntStream.range(0, records.size()).parallel().forEach(i -> {
            Set<String> tokens = BlockingTokens.of(records.get(i));
            long[] packed = new long[tokens.size()];
            int k = 0;
            for (String token : tokens) {
                packed[k++] = (hash(token) << INDEX_BITS) | i;
            }
            perRecord[i] = packed;
        });
        long[] all = new long[Arrays.stream(perRecord).mapToInt(p -> p.length).sum()];
        int at = 0;
        for (long[] p : perRecord) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        Arrays.parallelSort(all);
        return all;
    }

    private static int[] runStarts(long[] postings) {
        IntBag starts = new IntBag();
        for (int k = 0; k < postings.length; k++) {
            if (k == 0 || (postings[k] >>> INDEX_BITS) != (postings[k - 1] >>> INDEX_BITS)) {
                starts.add(k);
            }
        }
        starts.add(postings.length);
        int[] result = new int[starts.size()];
        for (int k = 0; k < result.length; k++) {
            result[k] = starts.get(k);
        }
        return result;
    }

    private int[] tokensByRecord(int recordCount) {
        for (long posting : postings) {
            recordStart[(int) (posting & INDEX_MASK) + 1]++;
        }
        for (int r = 0; r < recordCount; r++) {
            recordStart[r + 1] += recordStart[r];
        }
        int[] fill = Arrays.copyOf(recordStart, recordCount);
        int[] tokens = new int[postings.length];
        for (int t = 0; t < tokenCount(); t++) {
            for (int k = tokenStart[t]; k < tokenStart[t + 1]; k++) {
                tokens[fill[(int) (postings[k] & INDEX_MASK)]++] = t;
            }
        }
        return tokens;
    }

    /** 40 well-mixed bits of a 64-bit FNV-1a hash. */
    static long hash(String token) {
        long h = 0xcbf29ce484222325L;
        for (int k = 0; k < token.length(); k++) {
            h = (h ^ token.charAt(k)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h >>> (64 - 40);
    }
}
