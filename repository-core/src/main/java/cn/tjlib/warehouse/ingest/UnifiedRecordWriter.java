package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.dedup.Deduplicator;
import cn.tjlib.warehouse.dedup.MatchDecision;
import cn.tjlib.warehouse.dedup.MatchRecord;
import cn.tjlib.warehouse.dedup.MatchSettings;
import cn.tjlib.warehouse.dedup.blocking.BlockingTokens;
import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;
import cn.tjlib.warehouse.record.CanonicalRecord;
import cn.tjlib.warehouse.record.ResourceType;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps clusters and their unified records in step with the canonical records. A new or changed
 * record is compared with the live records of other libraries that share a blocking key, joins the
 * cluster of its best match (merging further matched clusters into the older one), or gets an id of
 * its own; a record that leaves takes its cluster through a split check. Only what a changed record
 * touches is matched again. Callers hold the cluster lock (see {@link Warehouse}).
 */
final class UnifiedRecordWriter {
    private record Link(JdbcClusters.Member member, double score) {
    }

    /** A record normalised for matching, with its fingerprint and blocking keys: the part of placing it that needs no lock. */
    record Placement(CanonicalRecord record, String fingerprint, PreparedRecord prepared, Set<String> keys, Set<String> tokens) {
    }

    /** How many similar records the nearest-records search proposes for a record its keys found no match for. */
    static final int NEAREST_CANDIDATES = 5;

    private final JdbcTemplate jdbc;
    private final JdbcClusters clusterStore;
    private final JdbcReviews reviewStore;
    private final JdbcMatchKeys keys;
    private final Deduplicator deduplicator;
    private final UnifiedRecordComposer composer;
    private final NearestRecords nearest;
    /** The clusters and review pairs of the batch (or staff decision) under way, written at its end. */
    private BatchClusters clusters;
    private BatchReviews reviews;

    UnifiedRecordWriter(JdbcTemplate jdbc, List<String> preferredLibraries, MatchSettings settings, NearestRecords nearest) {
        this.jdbc = jdbc;
        this.nearest = nearest;
        this.deduplicator = new Deduplicator(settings);
        this.clusterStore = new JdbcClusters(jdbc);
        this.keys = new JdbcMatchKeys(jdbc, deduplicator, settings.maxBlockSize());
        this.reviewStore = new JdbcReviews(jdbc);
        this.composer = new UnifiedRecordComposer(preferredLibraries);
    }

    /**
     * Starts a batch of changes: reads the blocks of every key the batch will file under (see
     * {@link JdbcMatchKeys#beginBatch}), then, a few thousand records per statement, the clusters of the
     * batch's records and of every record in those blocks, and the review pairs of all of them. Placing
     * the batch then works in memory; {@link #endBatch(boolean)} writes what changed with batched statements.
     */
    void beginBatch(Map<Long, Optional<Placement>> changes) {
        keys.beginBatch(changes.values().stream().flatMap(Optional::stream).flatMap(p -> p.keys().stream()).toList());
        clusters = new BatchClusters(clusterStore);
        reviews = new BatchReviews(reviewStore);
        Set<Long> records = new HashSet<>(changes.keySet());
        records.addAll(keys.blockMembers());
        clusters.load(records);
        clusters.loadHistory(changes.entrySet().stream().filter(e -> e.getValue().isPresent()).map(Map.Entry::getKey).toList());
        reviews.load(clusters.knownRecords());
    }

    /** Ends the batch, writing what it changed unless the transaction is failing. */
    void endBatch(boolean completed) {
        try {
            if (completed) {
                clusters.flush();
                reviews.flush();
                keys.endBatch();
            }
        } finally {
            keys.abandonBatch(); // a failed write leaves the transaction to roll back: nothing of the batch is kept
            clusters = null;
            reviews = null;
        }
    }

    JdbcReviews reviews() {
        return reviewStore;
    }

    /** Normalises a record for matching; thread-safe. */
    Placement prepare(CanonicalRecord record) {
        MatchRecord match = MatchRecord.from(record);
        String fingerprint = JdbcMatchKeys.fingerprint(match);
        PreparedRecord prepared = keys.prepare(match, fingerprint);
        return new Placement(record, fingerprint, prepared, deduplicator.blockingKeys(prepared), BlockingTokens.of(prepared));
    }

    /** Places an accepted record: keeps its cluster if its matching fields are unchanged, else matches it again. */
    void assign(long rawId, Placement placement, Instant now, Set<Long> touched) {
        CanonicalRecord record = placement.record();
        String fingerprint = placement.fingerprint();
        Optional<JdbcClusters.Member> current = clusters.membership(rawId);
        if (current.isPresent() && fingerprint.equals(current.get().fingerprint())) {
            touched.add(current.get().unifiedId());
            return;
        }
        Optional<Long> previous = current.map(JdbcClusters.Member::unifiedId).or(() -> clusters.lastCluster(rawId));
        current.ifPresent(m -> leave(m, now, touched));
        reviews.dropPending(rawId);
        Set<String> filed = keys.file(rawId, placement.keys(), current.isPresent() || previous.isPresent());
        String library = record.sourceLibrary();
        long target = join(rawId, library, placement, filed, previous, ResourceType.fromDcTypes(record.types()).code(), now, touched);
        clusters.join(rawId, target, library, fingerprint);
        nearest.put(rawId, library, placement.tokens());
        touched.add(target);
    }

    /** Takes the raw record out of the catalogue (deleted, quarantined, unreadable). */
    void unassign(long rawId, Instant now, Set<Long> touched) {
        Optional<JdbcClusters.Member> current = clusters.membership(rawId);
        if (current.isEmpty() && !reviews.inAnyPair(rawId)) {
            return; // neither a member nor in a review pair: nothing of it is filed anywhere
        }
        current.ifPresent(m -> leave(m, now, touched));
        keys.remove(rawId);
        nearest.remove(rawId);
        reviews.dropPending(rawId);
    }

    private void leave(JdbcClusters.Member member, Instant now, Set<Long> touched) {
        clusters.leave(member.rawId(), member.unifiedId());
        touched.add(member.unifiedId());
        resplit(member.unifiedId(), now, touched);
    }

    private long join(long rawId, String library, Placement placement, Set<String> filed, Optional<Long> previous, String type,
                      Instant now, Set<Long> touched) {
        PreparedRecord prepared = placement.prepared();
        Map<Long, ReviewStatus> decided = reviews.decisionsOf(rawId);
        List<JdbcClusters.Member> candidates = new ArrayList<>(keys.candidates(rawId, library, filed, clusters));
        Set<Long> seen = candidates.stream().map(JdbcClusters.Member::rawId).collect(Collectors.toSet());
        decided.forEach((other, status) -> {
            if (status == ReviewStatus.CONFIRMED && !seen.contains(other)) {
                clusters.membership(other).ifPresent(candidates::add);
            }
        });
        List<Link> links = new ArrayList<>();
        score(rawId, prepared, candidates, decided, now, links);
        if (links.isEmpty()) {
            // no key led to a match: ask the similarity search for records the keys cannot see
            List<Long> similar = nearest.nearest(placement.tokens(), library, NEAREST_CANDIDATES).stream()
                    .filter(id -> id != rawId && !seen.contains(id)).toList();
            if (!similar.isEmpty()) {
                score(rawId, prepared, clusters.memberships(similar, library), decided, now, links);
            }
        }
        links.sort(Comparator.comparingDouble((Link l) -> -l.score()).thenComparingLong(l -> l.member().rawId()));
        Long target = null;
        for (Link link : links) {
            // a link's cluster may have been merged by this loop: look it up again
            long cluster = clusters.membership(link.member().rawId()).orElseThrow().unifiedId();
            List<JdbcClusters.Member> members = clusters.members(cluster);
            if (target == null) {
                if (canMerge(Set.of(rawId), Set.of(library), members) && coherent(Map.of(rawId, prepared), members, decided)) {
                    target = cluster;
                }
            } else if (cluster != target && canMerge(withRecord(target, rawId), withLibrary(target, library), members)) {
                Map<Long, PreparedRecord> joined = new java.util.HashMap<>(keys.prepared(clusters.members(target)));
                joined.put(rawId, prepared);
                if (coherent(joined, members, decided)) {
                    target = merge(target, cluster, touched);
                }
            }
        }
        Optional<Long> empty = previous.filter(clusters::reusable);
        if (target == null) {
            return empty.orElseGet(() -> clusters.mint(type, now));
        }
        // the record's old cluster is left empty: it and the one joined are one work now, so the older id survives
        return empty.isPresent() ? merge(empty.get(), target, touched) : target;
    }

    /** Compares the record with each candidate: matches become links, uncertain pairs go to the review queue. */
    private void score(long rawId, PreparedRecord prepared, List<JdbcClusters.Member> candidates, Map<Long, ReviewStatus> decided,
                       Instant now, List<Link> links) {
        Map<Long, PreparedRecord> others = keys.prepared(candidates);
        for (JdbcClusters.Member c : candidates) {
            ReviewStatus status = decided.get(c.rawId());
            if (status == ReviewStatus.CONFIRMED) {
                links.add(new Link(c, 2.0)); // staff outrank any score
            } else if (status == null && others.containsKey(c.rawId())) {
                MatchDecision d = deduplicator.compare(prepared, others.get(c.rawId()));
                if (d instanceof MatchDecision.Match) {
                    links.add(new Link(c, d.score()));
                } else if (d instanceof MatchDecision.Possible) {
                    reviews.propose(rawId, c.rawId(), d, now);
                }
            }
        }
    }

    private Set<Long> withRecord(long cluster, long rawId) {
        Set<Long> ids = clusters.members(cluster).stream().map(JdbcClusters.Member::rawId).collect(Collectors.toCollection(HashSet::new));
        ids.add(rawId);
        return ids;
    }

    private Set<String> withLibrary(long cluster, String library) {
        Set<String> libs = clusters.members(cluster).stream().map(JdbcClusters.Member::library).collect(Collectors.toCollection(HashSet::new));
        libs.add(library);
        return libs;
    }

    /** Whether the records (of these libraries) may join {@code cluster}: no library twice, no rejected pair. */
    private boolean canMerge(Set<Long> records, Set<String> libraries, long cluster) {
        return canMerge(records, libraries, clusters.members(cluster));
    }

    /** As {@link #canMerge(Set, Set, long)} with the cluster's members already read. */
    private boolean canMerge(Set<Long> records, Set<String> libraries, List<JdbcClusters.Member> members) {
        if (members.stream().anyMatch(m -> libraries.contains(m.library()))) {
            return false;
        }
        Set<Long> all = new HashSet<>(records);
        members.forEach(m -> all.add(m.rawId()));
        Map<String, ReviewStatus> decided = reviews.decisionsAmong(all);
        if (decided.isEmpty()) {
            return true;
        }
        for (long r : records) {
            for (JdbcClusters.Member m : members) {
                if (decided.get(JdbcReviews.key(r, m.rawId())) == ReviewStatus.REJECTED) {
                    return false;
                }
            }
        }
        return true;
    }
    /**
     * Whether records may join a cluster without a clear "no": single links chain different works into one
     * cluster (three notices under one document number, each like the next), so every record of the
     * cluster must at least be a possible match of every joining record, or confirmed by staff.
     */
    private boolean coherent(Map<Long, PreparedRecord> joining, List<JdbcClusters.Member> members, Map<Long, ReviewStatus> decided) {
        Map<Long, PreparedRecord> prepared = keys.prepared(members);
        for (Map.Entry<Long, PreparedRecord> r : joining.entrySet()) {
            for (JdbcClusters.Member m : members) {
                boolean confirmed = decided.get(m.rawId()) == ReviewStatus.CONFIRMED && joining.size() == 1;
                PreparedRecord other = prepared.get(m.rawId());
                if (!confirmed && other != null && deduplicator.compare(r.getValue(), other) instanceof MatchDecision.Distinct) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Merges two clusters into the older id; the other is published as deleted, pointing to the survivor. */
    private long merge(long a, long b, Set<Long> touched) {
        long survivor = Math.min(a, b);
        long loser = Math.max(a, b);
        clusters.merge(loser, survivor);
        touched.add(survivor);
        touched.add(loser);
        return survivor;
    }

    /**
     * Checks that a cluster's records still hang together (after a member left or a pair was rejected);
     * if they fall apart, the largest part keeps the id (ties: the part with the oldest record) and each
     * other part gets a new one.
     */
    private void resplit(long cluster, Instant now, Set<Long> touched) {
        List<JdbcClusters.Member> members = clusters.members(cluster);
        if (members.size() < 2) {
            return;
        }
        Map<Long, PreparedRecord> prepared = keys.prepared(members);
        Map<String, ReviewStatus> decided = reviews.decisionsAmong(members.stream().map(JdbcClusters.Member::rawId).toList());
        List<LocalClusters.Link> links = new ArrayList<>();
        Set<Long> cannotLink = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                ReviewStatus status = decided.get(JdbcReviews.key(members.get(i).rawId(), members.get(j).rawId()));
                if (status == ReviewStatus.REJECTED) {
                    cannotLink.add(LocalClusters.pack(i, j));
                } else if (status == ReviewStatus.CONFIRMED) {
                    links.add(new LocalClusters.Link(i, j, 2.0));
                } else {
                    MatchDecision d = deduplicator.compare(prepared.get(members.get(i).rawId()), prepared.get(members.get(j).rawId()));
                    if (d instanceof MatchDecision.Match) {
                        links.add(new LocalClusters.Link(i, j, d.score()));
                    }
                }
            }
        }
        List<List<Integer>> parts = new ArrayList<>(LocalClusters.components(
                members.stream().map(JdbcClusters.Member::library).toList(), links, cannotLink));
        if (parts.size() < 2) {
            return;
        }
        // members are in raw id order, so a part's first index is its oldest record
        parts.sort(Comparator.comparingInt((List<Integer> p) -> -p.size()).thenComparingInt(p -> p.get(0)));
        for (List<Integer> part : parts.subList(1, parts.size())) {
            long id = clusters.mint("", now);
            part.forEach(k -> clusters.move(members.get(k).rawId(), id));
            touched.add(id);
        }
    }

    /**
     * Applies a staff decision at once: a confirmed pair's records end up in one cluster (whole clusters
     * merged if they can be, else one record moved), a rejected pair in one cluster splits it.
     *
     * @throws IllegalStateException when confirming would put two records of one library in one cluster
     */
    void apply(long leftRaw, long rightRaw, ReviewStatus status, Instant now, Set<Long> touched) {
        clusters = new BatchClusters(clusterStore);
        reviews = new BatchReviews(reviewStore);
        try {
            applyDecision(leftRaw, rightRaw, status, now, touched);
            clusters.flush();
            reviews.flush();
        } finally {
            clusters = null;
            reviews = null;
        }
    }

    private void applyDecision(long leftRaw, long rightRaw, ReviewStatus status, Instant now, Set<Long> touched) {
        Optional<JdbcClusters.Member> left = clusters.membership(leftRaw);
        Optional<JdbcClusters.Member> right = clusters.membership(rightRaw);
        if (left.isEmpty() || right.isEmpty()) {
            return; // a record not published now is matched with the decision in force when it comes back
        }
        long a = left.get().unifiedId();
        long b = right.get().unifiedId();
        if (status == ReviewStatus.REJECTED) {
            if (a == b) {
                touched.add(a);
                resplit(a, now, touched);
            }
        } else if (a != b) {
            if (canMerge(ids(a), libraries(a), b)) {
                merge(a, b, touched);
            } else if (canMerge(Set.of(rightRaw), Set.of(right.get().library()), a)) {
                moveInto(right.get(), a, now, touched);
            } else if (canMerge(Set.of(leftRaw), Set.of(left.get().library()), b)) {
                moveInto(left.get(), b, now, touched);
            } else {
                throw new IllegalStateException("records " + leftRaw + " and " + rightRaw + " cannot be put together: each one's "
                        + "cluster already holds a record of the other's library or a rejected pair");
            }
        }
    }

    private void moveInto(JdbcClusters.Member member, long cluster, Instant now, Set<Long> touched) {
        leave(member, now, touched);
        clusters.join(member.rawId(), cluster, member.library(), member.fingerprint());
        touched.add(cluster);
    }

    private Set<Long> ids(long cluster) {
        return clusters.members(cluster).stream().map(JdbcClusters.Member::rawId).collect(Collectors.toSet());
    }

    private Set<String> libraries(long cluster) {
        return clusters.members(cluster).stream().map(JdbcClusters.Member::library).collect(Collectors.toSet());
    }
}
