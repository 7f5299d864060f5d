package cn.tjlib.warehouse.dedup;

import cn.tjlib.warehouse.dedup.blocking.Blocker;
import cn.tjlib.warehouse.dedup.blocking.BlockingKey;
import cn.tjlib.warehouse.dedup.blocking.FirstCreatorYearKey;
import cn.tjlib.warehouse.dedup.blocking.IdentifierKey;
import cn.tjlib.warehouse.dedup.blocking.PairCollector;
import cn.tjlib.warehouse.dedup.blocking.SortedTokensKey;
import cn.tjlib.warehouse.dedup.blocking.StandardBlocking;
import cn.tjlib.warehouse.dedup.blocking.TitlePrefixKey;
import cn.tjlib.warehouse.dedup.blocking.TokenNeighbourBlocking;
import cn.tjlib.warehouse.dedup.blocking.UnionBlocking;
import cn.tjlib.warehouse.dedup.cluster.BestFirstUnionFind;
import cn.tjlib.warehouse.dedup.cluster.ScoredLinks;
import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The matching engine's front door: blocks, compares and clusters bibliographic records so that one
 * work held by several libraries becomes one cluster. Thread-safe; runs on the common fork-join pool.
 */
public final class Deduplicator {
    private static final int TITLE_PREFIX = 24;
    private final RecordPreparer preparer = new RecordPreparer();
    private final PairMatcher matcher;
    private final Blocker blocker;
    private final List<BlockingKey> storedKeys = List.of(new IdentifierKey(), new TitlePrefixKey(TITLE_PREFIX),
            new SortedTokensKey(), new FirstCreatorYearKey());

    public Deduplicator(MatchSettings settings) {
        Objects.requireNonNull(settings, "settings");
        this.matcher = new PairMatcher(settings);
        this.blocker = new UnionBlocking(List.of(
                new StandardBlocking(storedKeys, settings.maxBlockSize()),
                new TokenNeighbourBlocking(settings.neighboursPerRecord(), settings.maxTokenFrequency())));
    }

    /** The decision on one pair, whatever their sources. */
    public MatchDecision compare(MatchRecord a, MatchRecord b) {
        return matcher.decide(preparer.prepare(a, 0, 0), preparer.prepare(b, 1, 1));
    }

    /** One record normalised once, for repeated {@link #compare(PreparedRecord, PreparedRecord)} calls. */
    public PreparedRecord prepare(MatchRecord record) {
        return preparer.prepare(record, 0, 0);
    }

    /**
     * One record normalised for a batch: {@code index} is its position in the batch's list and {@code source}
     * numbers its library, as {@link #candidatePairs} expects.
     */
    public PreparedRecord prepare(MatchRecord record, int index, int source) {
        return preparer.prepare(record, index, source);
    }

    /**
     * The pairs a batch's blocking proposes over records prepared by {@link #prepare(MatchRecord, int, int)}:
     * distinct, sorted, packed as {@link PairCollector#pack}; never two records of one source.
     */
    public long[] candidatePairs(List<PreparedRecord> prepared) {
        return block(prepared);
    }

    /** Takes the pairs between the thresholds; called from several threads at once. */
    @FunctionalInterface
    public interface PossibleMatches {
        void accept(int first, int second, MatchDecision decision);
    }

    /**
     * Compares these pairs (packed as {@link PairCollector#pack}) of a batch's prepared records on every core:
     * returns the matches, and hands each pair between the thresholds to {@code possible}.
     */
    public ScoredLinks compareAll(List<PreparedRecord> prepared, long[] pairs, PossibleMatches possible) {
        ScoredLinks matches = new ScoredLinks();
        Arrays.stream(pairs).parallel().forEach(pair -> {
            int i = PairCollector.first(pair);
            int j = PairCollector.second(pair);
            MatchDecision decision = matcher.decide(prepared.get(i), prepared.get(j));
            if (decision instanceof MatchDecision.Match) {
                matches.add(i, j, decision.score());
            } else if (decision instanceof MatchDecision.Possible) {
                possible.accept(i, j, decision);
            }
        });
        return matches;
    }

    /** The decision on two records prepared by {@link #prepare(MatchRecord)}. */
    public MatchDecision compare(PreparedRecord a, PreparedRecord b) {
        return matcher.decide(a, b);
    }

    /**
     * The exact blocking keys of a record (identifiers, title prefixes, sorted title words, first creator
     * and year), for stores that file records under them and find a new record's candidates incrementally.
     */
    public Set<String> blockingKeys(PreparedRecord record) {
        Set<String> keys = new TreeSet<>();
        storedKeys.forEach(k -> keys.addAll(k.keys(record)));
        return keys;
    }

    /** The pairs blocking proposes: records of different sources that share a key or many rare tokens. */
    public List<CandidatePair> candidates(List<MatchRecord> records) {
        long[] pairs = block(prepare(records));
        List<CandidatePair> result = new ArrayList<>(pairs.length);
        for (long pair : pairs) {
            result.add(new CandidatePair(records.get(PairCollector.first(pair)), records.get(PairCollector.second(pair))));
        }
        return result;
    }

    /** Every record in exactly one cluster, at most one record per source in each. */
    public List<Cluster> cluster(List<MatchRecord> records) {
        return deduplicate(records).clusters();
    }

    /** Blocks, compares and clusters, keeping the pairs left for review. */
    public DedupResult deduplicate(List<MatchRecord> records) {
        List<PreparedRecord> prepared = prepare(records);
        long[] pairs = block(prepared);
        List<ScoredPair> possibles = java.util.Collections.synchronizedList(new ArrayList<>());
        ScoredLinks matches = compareAll(prepared, pairs, (i, j, decision) -> possibles.add(new ScoredPair(records.get(i), records.get(j), decision)));
        int[] sources = prepared.stream().mapToInt(PreparedRecord::source).toArray();
        List<Cluster> clusters = new BestFirstUnionFind().cluster(sources, matches).stream()
                .map(members -> new Cluster(Arrays.stream(members).mapToObj(records::get).toList()))
                .toList();
        List<ScoredPair> review = possibles.stream()
                .sorted(java.util.Comparator.comparingDouble((ScoredPair p) -> -p.decision().score())).toList();
        return new DedupResult(clusters, review, pairs.length, matches.size());
    }

    private List<PreparedRecord> prepare(List<MatchRecord> records) {
        Map<String, Integer> sources = new HashMap<>();
        int[] sourceOf = records.stream().mapToInt(r -> sources.computeIfAbsent(r.source(), s -> sources.size())).toArray();
        return IntStream.range(0, records.size()).parallel()
                .mapToObj(i -> preparer.prepare(records.get(i), i, sourceOf[i])).toList();
    }

    private long[] block(List<PreparedRecord> prepared) {
        PairCollector pairs = new PairCollector();
        blocker.propose(prepared, pairs);
        return pairs.pairs();
    }
}
