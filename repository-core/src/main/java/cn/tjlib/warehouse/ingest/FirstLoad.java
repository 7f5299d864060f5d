package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.dedup.Deduplicator;
import cn.tjlib.warehouse.dedup.MatchDecision;
import cn.tjlib.warehouse.dedup.MatchRecord;
import cn.tjlib.warehouse.dedup.blocking.BlockingTokens;
import cn.tjlib.warehouse.dedup.cluster.BestFirstUnionFind;
import cn.tjlib.warehouse.dedup.cluster.ScoredLinks;
import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;
import cn.tjlib.warehouse.record.RecordCodec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Array;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The first load of an empty catalogue: every queued record clustered at once, in memory, with the batch
 * engine (blocking keys plus token neighbours, parallel comparison, best-first clustering), instead of one
 * record at a time against the database. A new network's first harvest queues hundreds of thousands of
 * records; placing them one by one costs a dozen statements and a growing candidate set each (about 24
 * minutes for a million), in memory it is a few minutes.
 * <p>
 * The rules are the incremental path's: at most one record per library in a cluster, and a record joins a
 * cluster only if none of its records is clearly another work ("apart"); pairs between the thresholds go to
 * the review queue. What is written is what the incremental path reads later: members with fingerprints,
 * blocking keys, unified records with provenance and the nearest-records search. Ids are minted in the order
 * of each cluster's oldest record, so a smaller id is still an older work; no id is minted for a cluster
 * that only existed half-way, as none was ever published. Callers hold the cluster lock in one transaction.
 */
final class FirstLoad {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FirstLoad.class);
    /** Fewer queued records than this are placed one by one: the bulk set-up does not pay off. */
    static final int MINIMUM = 5_000;
    /**
     * Heap a record costs while a first load holds it: its prepared form (~1.2 KB measured on the demo
     * network), fingerprint, ids and ~9 candidate pairs, with a margin. A load takes at most what fits half the
     * heap; the rest of the queue is placed one by one against it.
     */
    private static final long BYTES_PER_RECORD = 2_048;
    private static final int CHUNK = 5_000;
    /** Clusters written per transaction. */
    private static final int WRITE_CHUNK = 20_000;
    private static final int MAX_KEY_LENGTH = 300;

    private final JdbcTemplate jdbc;
    private final Deduplicator deduplicator;
    private final UnifiedRecordRefresh refresh;
    private final NearestRecords nearest;
    private final TransactionTemplate writes;

    /** {@code writes} runs each write in a transaction of its own (REQUIRES_NEW): the caller's holds the cluster lock meanwhile. */
    FirstLoad(JdbcTemplate jdbc, TransactionTemplate writes, Deduplicator deduplicator, UnifiedRecordRefresh refresh, NearestRecords nearest) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.deduplicator = deduplicator;
        this.refresh = refresh;
        this.nearest = nearest;
    }

    /** How many queued records one first load takes with this much heap. */
    static int capacity(long maxHeapBytes) {
        return (int) Math.min(Integer.MAX_VALUE / 2, Math.max(MINIMUM, maxHeapBytes / 2 / BYTES_PER_RECORD));
    }

    /** Whether nothing was ever clustered: no unified record, no review pair. Ask under the cluster lock. */
    boolean catalogueEmpty() {
        return jdbc.queryForList("select id from unified_record fetch first 1 rows only", Long.class).isEmpty()
                && jdbc.queryForList("select id from match_review fetch first 1 rows only", Long.class).isEmpty();
    }

    /** The loaded records, in raw id order: position {@code i} is record index {@code i} of the batch engine. */
    private record Loaded(long[] rawIds, String[] libraries, String[] fingerprints, List<PreparedRecord> prepared) {
        int size() {
            return rawIds.length;
        }
    }

    /**
     * Clusters these queued records (the catalogue is empty) and takes them off the queue; returns the ids of
     * the unified records written, all of them changed.
     */
    Set<Long> cluster(List<Long> queuedIds, Instant now) {
        long t0 = System.nanoTime();
        Loaded loaded = load(queuedIds);
        long t1 = System.nanoTime();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        int n = loaded.size();
        List<PreparedRecord> prepared = loaded.prepared();
        long[] pairs = deduplicator.candidatePairs(prepared);
        List<Review> reviews = Collections.synchronizedList(new ArrayList<>());
        ScoredLinks matches = deduplicator.compareAll(prepared, pairs, (i, j, d) ->
                reviews.add(new Review(i, j, d.score(), d.reason().length() > 1000 ? d.reason().substring(0, 1000) : d.reason())));
        long t2 = System.nanoTime();
        int[] sources = prepared.stream().mapToInt(PreparedRecord::source).toArray();
        List<int[]> groups = new ArrayList<>(new BestFirstUnionFind().cluster(sources, matches, (a, b) -> apart(prepared, a, b)));
        // members come in ascending index (= raw id) order: the first is a cluster's oldest record
        groups.sort(Comparator.comparingInt(g -> g[0]));
        int[] groupOf = new int[n];
        for (int g = 0; g < groups.size(); g++) {
            for (int i : groups.get(g)) {
                groupOf[i] = g;
            }
        }
        // a review pair is written with the later of its two clusters, when both records are filed
        List<List<Review>> reviewsByChunk = new ArrayList<>();
        for (int c = 0; c <= groups.size() / WRITE_CHUNK; c++) {
            reviewsByChunk.add(new ArrayList<>());
        }
        reviews.stream().sorted(Comparator.comparingLong((Review r) -> loaded.rawIds()[Math.min(r.i(), r.j())])
                        .thenComparingLong(r -> loaded.rawIds()[Math.max(r.i(), r.j())]))
                .forEach(r -> reviewsByChunk.get(Math.max(groupOf[r.i()], groupOf[r.j()]) / WRITE_CHUNK).add(r));
        long t3 = System.nanoTime();
        Set<Long> changed = new LinkedHashSet<>();
        long lastId = 0;
        long[] spent = new long[3];
        // written in transactions of a few thousand clusters: one transaction of millions of rows makes H2 rewrite
        // its pages again and again (the file grew past 18 GB). Each commits whole clusters with their queue rows,
        // so a failure half-way leaves a consistent catalogue and the rest queued, to be placed one by one.
        for (int c = 0; c * WRITE_CHUNK < groups.size(); c++) {
            List<int[]> chunk = groups.subList(c * WRITE_CHUNK, Math.min(groups.size(), (c + 1) * WRITE_CHUNK));
            List<Review> chunkReviews = reviewsByChunk.get(c);
            long after = lastId;
            long[] ids = writes.execute(status -> {
                long w0 = System.nanoTime();
                long[] minted = mint(chunk.size(), after, at);
                long w1 = System.nanoTime();
                writeMembers(loaded, chunk, minted);
                writeReviews(loaded, chunkReviews, at);
                long w2 = System.nanoTime();
                changed.addAll(refresh.refresh(Arrays.stream(minted).boxed().toList(), now));
                dequeue(chunk.stream().flatMapToInt(Arrays::stream).mapToObj(i -> loaded.rawIds()[i]).toList());
                long w3 = System.nanoTime();
                spent[0] += w1 - w0;
                spent[1] += w2 - w1;
                spent[2] += w3 - w2;
                return minted;
            });
            lastId = ids[ids.length - 1];
        }
        // queued records that are not accepted (quarantined, deleted) have nothing filed: they only leave the queue
        Set<Long> placed = Arrays.stream(loaded.rawIds()).boxed().collect(java.util.stream.Collectors.toSet());
        List<Long> others = queuedIds.stream().filter(id -> !placed.contains(id)).toList();
        writes.execute(status -> {
            dequeue(others);
            return null;
        });
        analyze();
        LOG.info("first load: {} queued records, {} accepted, {} candidate pairs, {} matched, {} for review, {} unified records; "
                        + "seconds: read and prepare {}, compare {}, cluster {}, mint {}, file members, keys and reviews {}, compose {}",
                queuedIds.size(), n, pairs.length, matches.size(), reviews.size(), groups.size(), seconds(t0, t1), seconds(t1, t2),
                seconds(t2, t3), seconds(0, spent[0]), seconds(0, spent[1]), seconds(0, spent[2]));
        return changed;
    }

    /** Takes these records off the clustering queue, {@value #CHUNK} per statement with one array parameter. */
    private void dequeue(List<Long> rawIds) {
        for (int k = 0; k < rawIds.size(); k += CHUNK) {
            Long[] chunk = rawIds.subList(k, Math.min(rawIds.size(), k + CHUNK)).toArray(Long[]::new);
            jdbc.update(con -> {
                var ps = con.prepareStatement("delete from unify_queue where raw_record_id = any(?)");
                ps.setArray(1, con.createArrayOf("bigint", chunk));
                return ps;
            });
        }
    }

    /**
     * Gathers PostgreSQL's statistics after the bulk load: tables filled in one go have none until autovacuum
     * gets to them, and without them the first lookups of later harvests are planned as full scans.
     */
    private void analyze() {
        String product = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        if ("PostgreSQL".equals(product)) {
            jdbc.execute("analyze");
        }
    }

    /** A pair between the thresholds, by record index. */
    private record Review(int i, int j, double score, String reason) {
    }

    private void writeReviews(Loaded loaded, List<Review> reviews, OffsetDateTime at) {
        if (!reviews.isEmpty()) {
            jdbc.batchUpdate("insert into match_review (left_raw_id, right_raw_id, score, reason, status, created_at) "
                    + "values (?, ?, ?, ?, 'PENDING', ?)", reviews.stream().map(r -> new Object[] {
                    loaded.rawIds()[Math.min(r.i(), r.j())], loaded.rawIds()[Math.max(r.i(), r.j())], r.score(), r.reason(), at}).toList());
        }
    }

    private static String seconds(long from, long to) {
        return String.format("%.1f", (to - from) / 1e9);
    }

    /** Whether some record of one group is clearly another work than some record of the other. */
    private boolean apart(List<PreparedRecord> prepared, BestFirstUnionFind.IntList a, BestFirstUnionFind.IntList b) {
        for (int x = 0; x < a.size(); x++) {
            for (int y = 0; y < b.size(); y++) {
                if (deduplicator.compare(prepared.get(a.get(x)), prepared.get(b.get(y))) instanceof MatchDecision.Distinct) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Reads and prepares the accepted records among the queued ones; the others have nothing filed to undo. */
    private Loaded load(List<Long> queuedIds) {
        record Row(long rawId, String library, String encoded) {
        }
        long[] sorted = queuedIds.stream().mapToLong(Long::longValue).sorted().toArray();
        List<Long> rawIds = new ArrayList<>(sorted.length);
        List<String> libraries = new ArrayList<>(sorted.length);
        List<String> fingerprints = new ArrayList<>(sorted.length);
        List<PreparedRecord> prepared = new ArrayList<>(sorted.length);
        Map<String, Integer> sourceNumbers = new HashMap<>();
        for (int k = 0; k < sorted.length; k += CHUNK) {
            Long[] chunk = Arrays.stream(sorted, k, Math.min(sorted.length, k + CHUNK)).boxed().toArray(Long[]::new);
            // one array parameter: PostgreSQL plans it with the index even on tables a bulk load left without statistics
            List<Row> rows = jdbc.query(con -> {
                var ps = con.prepareStatement("select r.id, r.source_code, c.encoded from raw_record r join canonical_record c "
                        + "on c.raw_record_id = r.id where r.status = 'ACCEPTED' and r.id = any(?) order by r.id");
                Array array = con.createArrayOf("bigint", chunk);
                ps.setArray(1, array);
                return ps;
            }, (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3)));
            int base = prepared.size();
            int[] sources = rows.stream().mapToInt(r -> sourceNumbers.computeIfAbsent(r.library(), l -> sourceNumbers.size())).toArray();
            String[] prints = new String[rows.size()];
            // decoding and normalising is the costly part: both cores share it
            List<PreparedRecord> batch = IntStream.range(0, rows.size()).parallel().mapToObj(i -> {
                MatchRecord match = MatchRecord.from(RecordCodec.decode(rows.get(i).encoded()));
                prints[i] = JdbcMatchKeys.fingerprint(match);
                return deduplicator.prepare(match, base + i, sources[i]);
            }).toList();
            for (int i = 0; i < rows.size(); i++) {
                rawIds.add(rows.get(i).rawId());
                libraries.add(rows.get(i).library());
                fingerprints.add(prints[i]);
            }
            prepared.addAll(batch);
        }
        return new Loaded(rawIds.stream().mapToLong(Long::longValue).toArray(), libraries.toArray(String[]::new),
                fingerprints.toArray(String[]::new), prepared);
    }

    /**
     * Mints {@code count} unified ids in ascending order after {@code after}, the last id minted before. The
     * catalogue was empty and the cluster lock is held, so every row of the table past it is one of these.
     */
    private long[] mint(int count, long after, OffsetDateTime at) {
        List<Object[]> rows = new ArrayList<>(count);
        for (int g = 0; g < count; g++) {
            rows.add(new Object[] {at, at});
        }
        jdbc.batchUpdate("insert into unified_record (datestamp, deleted, resource_type, content_hash, libraries, created_at) "
                + "values (?, false, '', '', '', ?)", rows);
        long[] ids = jdbc.queryForList("select id from unified_record where id > ? order by id", Long.class, after).stream()
                .mapToLong(Long::longValue).toArray();
        if (ids.length != count) {
            throw new IllegalStateException("a first load minted " + count + " unified ids but found " + ids.length
                    + " after id " + after + ": another writer clustered at the same time");
        }
        return ids;
    }

    /** Files the records of these clusters: memberships, blocking keys and entries in the nearest-records search. */
    private void writeMembers(Loaded loaded, List<int[]> groups, long[] ids) {
        List<Object[]> members = new ArrayList<>();
        List<Object[]> keys = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            for (int i : groups.get(g)) {
                long rawId = loaded.rawIds()[i];
                PreparedRecord p = loaded.prepared().get(i);
                members.add(new Object[] {rawId, ids[g], loaded.libraries()[i], loaded.fingerprints()[i]});
                for (String key : deduplicator.blockingKeys(p)) {
                    if (key.length() <= MAX_KEY_LENGTH) {
                        keys.add(new Object[] {key, rawId});
                    }
                }
                nearest.put(rawId, loaded.libraries()[i], BlockingTokens.of(p));
            }
        }
        jdbc.batchUpdate("insert into unified_member (raw_record_id, unified_id, source_code, fingerprint) values (?, ?, ?, ?)", members);
        // in key order: consecutive rows land in the same index pages, so a commit writes fewer of them
        keys.sort(Comparator.comparing((Object[] k) -> (String) k[0]).thenComparingLong(k -> (Long) k[1]));
        jdbc.batchUpdate("insert into match_key (match_key, raw_record_id) values (?, ?)", keys);
    }
}
