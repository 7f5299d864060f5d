package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.catalogue.CatalogueIndex;
import cn.tjlib.warehouse.dedup.MatchSettings;
import cn.tjlib.warehouse.catalogue.JdbcUnifiedCatalogue;
import cn.tjlib.warehouse.harvestlog.HarvestCounts;
import cn.tjlib.warehouse.harvestlog.JdbcHarvestLog;
import cn.tjlib.warehouse.record.RecordCodec;
import cn.tjlib.warehouse.validation.RecordValidator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The front door of the repository: takes harvested pages through store raw → normalise → validate
 * → match → unified record → index. Each page is one transaction with its checkpoint and the queue of its
 * changed records, so a crash loses at most the page in flight and a re-run of the same page changes
 * nothing; clustering drains that queue in batches of its own transactions.
 */
public final class Warehouse {
    private static final int UNIFY_BATCH = 1000;
    private final TransactionTemplate tx;
    private final RecordIngest ingest;
    private final UnifiedRecordWriter unified;
    private final JdbcHarvestLog log;
    private final JdbcUnifiedCatalogue catalogue;
    private final CatalogueIndex index;
    private final JdbcTemplate jdbc;
    private final RecordValidator validator;
    private final Clock clock;
    private final JdbcUnifyQueue queue;
    private final NearestRecords nearest;
    private final FirstLoad firstLoad;
    private final UnifiedRecordRefresh refresh;
    private volatile BackgroundClustering background;
    private final ReentrantLock clusterLock = new ReentrantLock(true);

    public Warehouse(DataSource dataSource, CatalogueIndex index, Clock clock, List<String> preferredLibraries) {
        this(dataSource, index, RecordValidator.ACCEPT_ALL, clock, preferredLibraries);
    }

    public Warehouse(DataSource dataSource, CatalogueIndex index, RecordValidator validator, Clock clock,
                     List<String> preferredLibraries) {
        this(dataSource, index, validator, clock, preferredLibraries, MatchSettings.defaults());
    }

    /** A warehouse matching records with the given weights and thresholds, candidates from the blocking keys alone. */
    public Warehouse(DataSource dataSource, CatalogueIndex index, RecordValidator validator, Clock clock,
                     List<String> preferredLibraries, MatchSettings matchSettings) {
        this(dataSource, index, validator, clock, preferredLibraries, matchSettings, NearestRecords.NONE);
    }

    /**
     * A warehouse matching records with the given weights and thresholds; a record that shares no key with a
     * match is also compared with the top {@value UnifiedRecordWriter#NEAREST_CANDIDATES} of {@code nearest}.
     */
    public Warehouse(DataSource dataSource, CatalogueIndex index, RecordValidator validator, Clock clock,
                     List<String> preferredLibraries, MatchSettings matchSettings, NearestRecords nearest) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.nearest = nearest;
        this.unified = new UnifiedRecordWriter(jdbc, preferredLibraries, matchSettings, nearest);
        this.queue = new JdbcUnifyQueue(jdbc);
        this.ingest = new RecordIngest(jdbc, dataSource, validator, queue);
        this.refresh = new UnifiedRecordRefresh(jdbc, preferredLibraries);
        TransactionTemplate writes = new TransactionTemplate(tx.getTransactionManager());
        writes.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.firstLoad = new FirstLoad(jdbc, writes, new cn.tjlib.warehouse.dedup.Deduplicator(matchSettings), refresh, nearest);
        this.log = new JdbcHarvestLog(dataSource);
        this.catalogue = new JdbcUnifiedCatalogue(dataSource);
        this.index = index;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Stores a page and its checkpoint atomically, then works out the catalogue places of what it changed
     * ({@link #unifyPending}) and tells the index what was published.
     */
    public PageResult ingest(HarvestPage page) {
        PageResult stored = store(page);
        BackgroundClustering worker = background;
        if (worker != null && worker.running()) {
            worker.signal();
            return stored;
        }
        return new PageResult(stored.counts(), stored.rejections(), unifyPending());
    }

    /**
     * From now on {@link #ingest} only stores pages and leaves clustering to one background thread, which
     * also drains what is queued already; close the returned worker to stop it (queued records stay queued,
     * and ingest clusters after each page again).
     *
     * @throws IllegalStateException if clustering already runs in the background
     */
    public synchronized BackgroundClustering clusterInBackground(Duration poll) {
        if (background != null && background.running()) {
            throw new IllegalStateException("clustering already runs in the background");
        }
        BackgroundClustering worker = new BackgroundClustering(this, poll);
        background = worker;
        worker.start();
        worker.signal();
        return worker;
    }

    /**
     * Stores a page's records, findings and checkpoint in one transaction and queues the changed records
     * for clustering, without clustering them: {@link #unifyPending} does that, now or later, in batches.
     * The result's {@code catalogueChanges} is 0.
     */
    public PageResult store(HarvestPage page) {
        return tx.execute(status -> {
            List<Rejection> rejections = new ArrayList<>();
            HarvestCounts counts = ingest.ingest(page, now(), rejections);
            log.checkpoint(page.runId(), counts, page.nextToken());
            return new PageResult(counts, rejections, 0);
        });
    }

    /**
     * Places every queued record in the catalogue (joins, leaves, merges, splits), a batch per transaction
     * under the cluster lock, and publishes the unified records whose content changed. Safe to call from
     * several threads and service nodes: batches are taken under the lock. Returns how many unified records
     * changed.
     */
    public int unifyPending() {
        int changedRecords = unifyFirstLoad();
        while (true) {
            Set<Long> changed = new LinkedHashSet<>();
            int taken = locked(() -> tx.execute(status -> {
                lockClusters();
                List<Long> ids = queue.next(UNIFY_BATCH);
                if (ids.isEmpty()) {
                    return 0;
                }
                Instant now = now();
                changed.addAll(refresh(cluster(pending(ids), now), now));
                queue.remove(ids);
                return ids.size();
            }));
            if (taken > 0) {
                nearest.refresh();
            }
            publish(changed);
            changedRecords += changed.size();
            if (taken == 0) {
                return changedRecords;
            }
        }
    }

    /**
     * Clusters a first load in one pass when the catalogue is empty and at least {@value FirstLoad#MINIMUM}
     * records wait (a new network's first harvest with clustering held): see {@link FirstLoad}. Takes what fits
     * the heap; {@link #unifyPending} places the rest one by one. Returns how many unified records it published.
     */
    private int unifyFirstLoad() {
        if (queue.size() < FirstLoad.MINIMUM) {
            return 0;
        }
        Set<Long> changed = new LinkedHashSet<>();
        locked(() -> tx.execute(status -> {
            lockClusters();
            if (!firstLoad.catalogueEmpty()) {
                return null;
            }
            List<Long> ids = queue.next(FirstLoad.capacity(Runtime.getRuntime().maxMemory()));
            if (ids.size() >= FirstLoad.MINIMUM) {
                changed.addAll(firstLoad.cluster(ids, now()));
            }
            return null;
        }));
        if (!changed.isEmpty()) {
            nearest.refresh();
        }
        List<Long> all = new ArrayList<>(changed);
        for (int k = 0; k < all.size(); k += UNIFY_BATCH) {
            publish(new LinkedHashSet<>(all.subList(k, Math.min(all.size(), k + UNIFY_BATCH))));
        }
        return changed.size();
    }

    /**
     * Whether nothing was ever clustered (a new install): a harvest of the whole network then does better to
     * hold clustering until it ends, so that {@link #unifyPending} clusters it in one pass as a first load.
     */
    public boolean catalogueEmpty() {
        return firstLoad.catalogueEmpty();
    }

    /** How many stored records wait for {@link #unifyPending}. */
    public long pendingCount() {
        return queue.size();
    }

    /** What the queued records ask of the clusters: accepted ones are placed, any other leaves the catalogue. */
    private ClusterChanges pending(List<Long> ids) {
        Map<Long, String> encoded = new HashMap<>();
        JdbcUnifyQueue.inChunks(ids, (marks, args) -> jdbc.query("select r.id, c.encoded from raw_record r join canonical_record c "
                + "on c.raw_record_id = r.id where r.status = 'ACCEPTED' and r.id in (" + marks + ")", (java.sql.ResultSet rs) -> {
            encoded.put(rs.getLong(1), rs.getString(2));
        }, args));
        // normalising for matching is the costly part and needs no database: both cores share it
        Map<Long, UnifiedRecordWriter.Placement> placements = new ConcurrentHashMap<>();
        encoded.entrySet().parallelStream().forEach(e -> placements.put(e.getKey(), unified.prepare(RecordCodec.decode(e.getValue()))));
        ClusterChanges changes = new ClusterChanges();
        for (long id : ids) {
            UnifiedRecordWriter.Placement placement = placements.get(id);
            if (placement != null) {
                changes.place(id, placement);
            } else {
                changes.leave(id);
            }
        }
        return changes;
    }

    /** Pairs in the review queue with this status, in queue order after {@code afterId}. */
    public List<ReviewPair> reviews(ReviewStatus status, long afterId, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be 1..1000, got " + limit);
        }
        return unified.reviews().list(status, afterId, limit);
    }

    public Optional<ReviewPair> review(long id) {
        return unified.reviews().find(id);
    }

    /**
     * Records a staff decision on a queued pair and applies it at once: confirmed records end up in one
     * unified record, rejected ones in two; every later run respects it. Empty if there is no such pair.
     *
     * @throws IllegalArgumentException if {@code decision} is {@link ReviewStatus#PENDING}
     * @throws IllegalStateException if confirming would put two records of one library in one unified record
     */
    public Optional<ReviewPair> decide(long reviewId, ReviewStatus decision, String decidedBy) {
        if (decision == ReviewStatus.PENDING) {
            throw new IllegalArgumentException("a decision is CONFIRMED or REJECTED, got " + decision);
        }
        Set<Long> changed = new LinkedHashSet<>();
        Optional<ReviewPair> result = locked(() -> tx.execute(status -> {
            Optional<ReviewPair> pair = unified.reviews().find(reviewId);
            if (pair.isEmpty()) {
                return pair;
            }
            Instant now = now();
            lockClusters();
            unified.reviews().decide(reviewId, decision, decidedBy, now);
            Set<Long> touched = new LinkedHashSet<>();
            unified.apply(pair.get().left().rawRecordId(), pair.get().right().rawRecordId(), decision, now, touched);
            changed.addAll(refresh(touched, now));
            return unified.reviews().find(reviewId);
        }));
        publish(changed);
        return result;
    }

    /**
     * Validates again every stored record judged by other rules than the validator's current ones,
     * without re-harvesting: quarantines what now fails, publishes what now passes. Returns how many
     * records were re-validated.
     */
    public int revalidate() {
        int done = 0;
        long afterId = 0;
        while (true) {
            List<Long> ids = jdbc.queryForList("select id from raw_record where id > ? and status in ('ACCEPTED', 'QUARANTINED') "
                    + "and (rules_version is null or rules_version <> ?) order by id limit 500", Long.class, afterId, validator.rulesVersion());
            if (ids.isEmpty()) {
                return done;
            }
            tx.execute(status -> {
                Instant now = now();
                ids.forEach(id -> ingest.revalidate(id, now));
                return null;
            });
            unifyPending();
            done += ids.size();
            afterId = ids.get(ids.size() - 1);
        }
    }

    /** Rebuilds the search index and the nearest-records search from the database, the source of truth. */
    public void reindex() {
        index.rebuild(catalogue.iterateAll(1000));
        rebuildNearest();
    }

    /** Rebuilds the nearest-records search from the live members and their canonical records, 5,000 at a time. */
    public void rebuildNearest() {
        nearest.rebuild(new Iterator<>() {
            private long afterId;
            private Iterator<NearestRecords.Entry> page = nextPage();

            @Override
            public boolean hasNext() {
                if (!page.hasNext()) {
                    page = nextPage();
                }
                return page.hasNext();
            }

            @Override
            public NearestRecords.Entry next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return page.next();
            }

            private Iterator<NearestRecords.Entry> nextPage() {
                record Row(long rawId, String library, String encoded) {
                }
                List<Row> rows = jdbc.query("select m.raw_record_id, m.source_code, c.encoded from unified_member m join canonical_record c "
                        + "on c.raw_record_id = m.raw_record_id where m.raw_record_id > ? order by m.raw_record_id limit 5000",
                        (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3)), afterId);
                if (!rows.isEmpty()) {
                    afterId = rows.get(rows.size() - 1).rawId();
                }
                // decoding and normalising is the costly part: both cores share it
                return rows.parallelStream().map(r -> new NearestRecords.Entry(r.rawId(), r.library(),
                        unified.prepare(RecordCodec.decode(r.encoded())).tokens())).toList().iterator();
            }
        });
    }

    /** Whether the nearest-records search is empty while the catalogue has members (a new or lost index). */
    public boolean nearestNeedsRebuild() {
        if (nearest.size() > 0 || nearest == NearestRecords.NONE) {
            return false;
        }
        Long members = jdbc.queryForObject("select count(*) from unified_member", Long.class);
        return members != null && members > 0;
    }

    /**
     * Applies the page's cluster changes under the cluster lock, held to the end of the transaction: in
     * this JVM a lock queues the parallel harvests, and a locked row does the same across service nodes.
     */
    private Set<Long> cluster(ClusterChanges changes, Instant now) {
        Set<Long> touched = new LinkedHashSet<>();
        if (changes.isEmpty()) {
            return touched;
        }
        lockClusters();
        unified.beginBatch(changes.asMap());
        boolean completed = false;
        try {
            changes.asMap().forEach((rawId, record) -> {
                if (record.isPresent()) {
                    unified.assign(rawId, record.get(), now, touched);
                } else {
                    unified.unassign(rawId, now, touched);
                }
            });
            completed = true;
        } finally {
            unified.endBatch(completed);
        }
        return touched;
    }

    private void lockClusters() {
        if (!clusterLock.isHeldByCurrentThread()) {
            clusterLock.lock();
        }
        jdbc.queryForList("select id from cluster_lock where id = 1 for update", Integer.class);
    }

    /** Runs a transaction and releases the cluster lock once it has committed or rolled back. */
    private <T> T locked(java.util.function.Supplier<T> transaction) {
        try {
            return transaction.get();
        } finally {
            while (clusterLock.isHeldByCurrentThread()) {
                clusterLock.unlock();
            }
        }
    }

    private Set<Long> refresh(Set<Long> touched, Instant now) {
        return refresh.refresh(touched, now);
    }

    private void publish(Set<Long> changed) {
        if (!changed.isEmpty()) {
            index.update(catalogue.findAll(changed));
        }
    }

    // whole seconds: OAI-PMH datestamps and resumption cursors have seconds granularity, and a
    // cursor compared against sub-second values would repeat or skip records
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
