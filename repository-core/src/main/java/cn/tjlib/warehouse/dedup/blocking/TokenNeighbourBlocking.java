package cn.tjlib.warehouse.dedup.blocking;

import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;

import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.IntStream;

/**
 * Meta-blocking by cardinality node pruning: for every record, the {@code neighbours} records of other
 * sources that share the most token weight with it (IDF, ln(1 + N / frequency)). Tokens held by more than
 * {@code maxTokenFrequency} records are skipped, so the work is at most records × tokens × that cap,
 * linear in the number of records, and the output at most records × neighbours pairs.
 */
public final class TokenNeighbourBlocking implements Blocker {
    private final int neighbours;
    private final int maxTokenFrequency;

    public TokenNeighbourBlocking(int neighbours, int maxTokenFrequency) {
        if (neighbours < 1 || maxTokenFrequency < 2) {
            throw new IllegalArgumentException("need neighbours >= 1 and maxTokenFrequency >= 2, got "
                    + neighbours + " and " + maxTokenFrequency);
        }
        this.neighbours = neighbours;
        this.maxTokenFrequency = maxTokenFrequency;
    }

    @Override
    public void propose(List<PreparedRecord> records, PairCollector pairs) {
        TokenIndex index = new TokenIndex(records);
        int[] sources = records.stream().mapToInt(PreparedRecord::source).toArray();
        ThreadLocal<Accumulator> accumulators = ThreadLocal.withInitial(() -> new Accumulator(records.size()));
        IntStream.range(0, records.size()).parallel().forEach(i -> {
            long[] found = nearest(i, index, sources, accumulators.get());
            pairs.addAll(found, found.length);
        });
    }

    private long[] nearest(int record, TokenIndex index, int[] sources, Accumulator acc) {
        double n = sources.length;
        for (int token : index.tokensOf(record)) {
            int frequency = index.frequency(token);
            if (frequency < 2 || frequency > maxTokenFrequency) {
                continue;
            }
            double weight = Math.log(1.0 + n / frequency);
            for (int k = 0; k < frequency; k++) {
                int other = index.posting(token, k);
                if (sources[other] != sources[record]) {
                    acc.add(other, weight);
                }
            }
        }
        return acc.drainTop(record, neighbours);
    }

    /** Per-thread weights, reset after each record by walking only the entries it touched. */
    private static final class Accumulator {
        private final double[] weight;
        private final IntBag touched = new IntBag();

        Accumulator(int size) {
            weight = new double[size];
        }

        void add(int other, double w) {
            if (weight[other] == 0.0) {
                touched.add(other);
            }
            weight[other] += w;
        }

        long[] drainTop(int record, int k) {
            PriorityQueue<Integer> best = new PriorityQueue<>(k + 1,
                    (x, y) -> weight[x] != weight[y] ? Double.compare(weight[x], weight[y]) : Integer.compare(y, x));
            for (int t = 0; t < touched.size(); t++) {
                best.add(touched.get(t));
                if (best.size() > k) {
                    best.poll();
                }
            }
            long[] pairs = best.stream().mapToLong(other -> PairCollector.pack(record, other)).toArray();
            for (int t = 0; t < touched.size(); t++) {
                weight[touched.get(t)] = 0.0;
            }
            touched.clear();
            return pairs;
        }
    }
}
