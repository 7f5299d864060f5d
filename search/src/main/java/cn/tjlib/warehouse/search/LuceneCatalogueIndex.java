package cn.tjlib.warehouse.search;

import cn.tjlib.warehouse.catalogue.CatalogueIndex;
import cn.tjlib.warehouse.catalogue.UnifiedRecord;
import cn.tjlib.warehouse.search.index.CatalogueFields;
import cn.tjlib.warehouse.search.index.RecordDocument;
import cn.tjlib.warehouse.search.index.ValueAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The catalogue's Lucene index in a directory on disk. Changes become searchable within one
 * refresh interval and durable within {@link #COMMIT_INTERVAL}; searches go through
 * {@link CatalogueSearch}.
 *
 * <p>A rebuild never empties the index: it adds every record again stamped with a new generation,
 * then deletes the documents of older generations. Searches keep the index as it was until the
 * rebuild ends, and a failed rebuild deletes what it added, leaving the index as it was.
 */
public final class LuceneCatalogueIndex implements CatalogueIndex, AutoCloseable {
    public static final Duration DEFAULT_REFRESH_INTERVAL = Duration.ofMillis(500);
    /**
     * How often changes are committed. NOTE: not per update: a commit fsyncs, and the pipeline may
     * send one record at a time; a crash loses at most this much, which a rebuild restores.
     */
    public static final Duration COMMIT_INTERVAL = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(LuceneCatalogueIndex.class);
    private static final String GENERATION_KEY = "generation";
    private static final String SCHEMA_KEY = "schema";
    /**
     * The indexing buffer. NOTE: Lucene's 16 MB default flushes a segment every few thousand
     * records during a rebuild, and merging those back costs a core; a larger buffer means fewer,
     * larger segments. Near-real-time refreshes flush earlier anyway. NOTE: not larger: with
     * 256 MB a rebuild of 200,000 records spent 44% more CPU flushing (the postings of a larger
     * buffer are further apart in memory).
     */
    private static final double RAM_BUFFER_MB = 64;

    private final Path path;
    private final Directory directory;
    private final Analyzer analyzer;
    private final ValueAnalysis analysis;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ScheduledExecutorService background;
    // Updates hold the read lock while they stamp documents; a rebuild takes the write lock to
    // move to a new generation, so no update can write a stale stamp that the sweep would delete.
    private final ReentrantReadWriteLock generationLock = new ReentrantReadWriteLock();
    private final Object rebuildLock = new Object();
    /**
     * The records updated or deleted while a rebuild runs. Their update is newer than what the
     * rebuild read, so the rebuild's copies of them are deleted when it ends.
     */
    private final Set<Long> changedDuringRebuild = ConcurrentHashMap.newKeySet();
    /** The generation that updates stamp; a rebuild writes its own copies one generation below. */
    private long generation;
    /** The schema version of the documents, as committed; 0 while a rebuild is under way. */
    private int schema;
    private volatile boolean stale;
    private volatile boolean rebuilding;

    /** Opens (or creates) the index in {@code path}, refreshed every {@link #DEFAULT_REFRESH_INTERVAL}. */
    public LuceneCatalogueIndex(Path path) {
        this(path, DEFAULT_REFRESH_INTERVAL);
    }

    /** Opens (or creates) the index in {@code path}; changes become searchable within {@code refreshInterval}. */
    public LuceneCatalogueIndex(Path path, Duration refreshInterval) {
        if (refreshInterval.isNegative() || refreshInterval.isZero()) {
            throw new IllegalArgumentException("refresh interval must be positive, got " + refreshInterval);
        }
        this.path = path;
        this.analyzer = CatalogueFields.indexAnalyzer();
        this.analysis = new ValueAnalysis(analyzer);
        Similarity similarity = CatalogueFields.similarity();
        Directory dir = null;
        IndexWriter w = null;
        try {
            dir = FSDirectory.open(path);
            w = new IndexWriter(dir, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB)
                    .setSimilarity(similarity));
            if (!DirectoryReader.indexExists(dir)) {
                w.setLiveCommitData(Map.of(SCHEMA_KEY, Integer.toString(CatalogueFields.SCHEMA_VERSION)).entrySet());
                w.commit(); // so that a new index can be opened by readers and tools at once
            }
            this.generation = committed(w, GENERATION_KEY);
            this.schema = (int) committed(w, SCHEMA_KEY);
            this.stale = schema != CatalogueFields.SCHEMA_VERSION;
            this.searchers = new SearcherManager(w, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    IndexSearcher searcher = new IndexSearcher(reader);
                    searcher.setSimilarity(similarity);
                    return searcher;
                }
            });
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(w, dir, analysis, analyzer);
            throw e instanceof IOException io ? new UncheckedIOException("cannot open catalogue index at " + path, io)
                    : (RuntimeException) e;
        }
        this.directory = dir;
        this.writer = w;
        // Two threads, so that a slow commit never delays a refresh.
        this.background = Executors.newScheduledThreadPool(2,
                Thread.ofPlatform().name("catalogue-index-", 0).daemon(true).factory());
        long refresh = refreshInterval.toMillis();
        background.scheduleWithFixedDelay(this::refresh, refresh, refresh, TimeUnit.MILLISECONDS);
        long commit = COMMIT_INTERVAL.toMillis();
        background.scheduleWithFixedDelay(this::commit, commit, commit, TimeUnit.MILLISECONDS);
    }

    @Override
    public void update(List<UnifiedRecord> changes) {
        Lock lock = generationLock.readLock();
        lock.lock();
        try {
            for (UnifiedRecord change : changes) {
                if (rebuilding) {
                    changedDuringRebuild.add(change.id());
                }
                apply(change);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot apply " + changes.size() + " changes to catalogue index at " + path, e);
        } finally {
            lock.unlock();
        }
    }

    private void apply(UnifiedRecord change) throws IOException {
        Term id = RecordDocument.idTerm(change.id());
        if (change.deleted()) {
            writer.deleteDocuments(id);
        } else {
            writer.updateDocument(id, RecordDocument.of(change, generation, analysis));
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Documents are built and analysed on one thread per core while this thread reads
     * {@code all}. Until the rebuild ends, the background refresh and commit pause: searches keep
     * answering from the index as it was, and updates made meanwhile become visible when it ends.
     */
    @Override
    public void rebuild(Iterator<UnifiedRecord> all) {
        synchronized (rebuildLock) {
            int schemaBefore = schema;
            long current = nextGeneration();
            // NOTE: a flushed segment in a compound file is written twice (its files, then the
            // compound copy); a rebuild's segments are large and merged away soon, so skip the copy.
            writer.getConfig().setUseCompoundFile(false);
            long written;
            try {
                try {
                    written = ParallelRebuild.writeAll(all, records -> write(records, current));
                } catch (IOException | RuntimeException | Error e) {
                    discardRebuild(current, schemaBefore, e);
                    throw e;
                }
                boolean swept = false;
                try {
                    sweep(current);
                    swept = true;
                    setCommitData(generation, CatalogueFields.SCHEMA_VERSION);
                    writer.commit();
                    searchers.maybeRefreshBlocking();
                    stale = false;
                } catch (IOException | RuntimeException | Error e) {
                    // NOTE: before the sweep the index holds old and new copies: take the new back.
                    // Either way say that it needs rebuilding, rather than serve it as complete.
                    if (!swept) {
                        discardRebuild(current, schemaBefore, e);
                    }
                    stale = true;
                    throw e;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot rebuild catalogue index at " + path, e);
            } finally {
                writer.getConfig().setUseCompoundFile(true);
                rebuilding = false;
                changedDuringRebuild.clear();
            }
            log.info("Rebuilt catalogue index at {}: {} records, generation {}", path, written, current);
        }
    }

    /**
     * Adds the documents of {@code records}. NOTE: added, not updated by id: the sweep at the end
     * deletes the old documents in one go, where replacing each by its id cost a lookup of every
     * id in every segment written so far.
     */
    private void write(List<UnifiedRecord> records, long stamp) throws IOException {
        for (UnifiedRecord record : records) {
            writer.addDocument(RecordDocument.of(record, stamp, analysis));
        }
    }

    /**
     * Deletes the documents a finished rebuild replaced: those of older generations, and its own
     * copies of records updated or deleted meanwhile (an update deletes the copies written before
     * it, not those written after).
     */
    private void sweep(long rebuilt) throws IOException {
        writer.deleteDocuments(LongPoint.newRangeQuery(CatalogueFields.GENERATION, Long.MIN_VALUE, rebuilt - 1));
        if (!changedDuringRebuild.isEmpty()) {
            List<BytesRef> changed = changedDuringRebuild.stream().map(id -> RecordDocument.idTerm(id).bytes()).toList();
            writer.deleteDocuments(new BooleanQuery.Builder()
                    .add(LongPoint.newExactQuery(CatalogueFields.GENERATION, rebuilt), BooleanClause.Occur.FILTER)
                    .add(new TermInSetQuery(CatalogueFields.ID, changed), BooleanClause.Occur.FILTER)
                    .build());
        }
    }

    /**
     * Deletes what a failed rebuild added (the documents of its generation; updates made meanwhile
     * are a generation above and stay) and restores the schema version.
     */
    private void discardRebuild(long rebuilt, int schemaBefore, Throwable failure) {
        try {
            writer.deleteDocuments(LongPoint.newExactQuery(CatalogueFields.GENERATION, rebuilt));
            setCommitData(generation, schemaBefore);
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Moves on two generations, one for the rebuild's documents and the one above for updates made
     * meanwhile, and marks the rebuild as under way; returns the rebuild's. NOTE: under the write
     * lock, so that every update from now on sees {@link #rebuilding} and none still runs stamping
     * an old generation. The schema is 0 until the rebuild ends: an index closed midway holds
     * records twice (old and new generation) and must be rebuilt when opened again.
     */
    private long nextGeneration() {
        Lock lock = generationLock.writeLock();
        lock.lock();
        try {
            generation += 2;
            rebuilding = true;
            setCommitData(generation, 0);
            return generation - 1;
        } finally {
            lock.unlock();
        }
    }

    private void setCommitData(long generation, int schema) {
        this.schema = schema;
        writer.setLiveCommitData(Map.of(GENERATION_KEY, Long.toString(generation),
                SCHEMA_KEY, Integer.toString(schema)).entrySet());
    }

    private static long committed(IndexWriter writer, String key) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (key.equals(entry.getKey())) {
                    return Long.parseLong(entry.getValue());
                }
            }
        }
        return 0;
    }

    /**
     * Whether the index was written by an older version of its fields (or not rebuilt since), so
     * that facets, suggestions or highlights may miss records until {@link #rebuild} runs.
     */
    public boolean needsRebuild() {
        return stale;
    }

    /** Runs {@code task} on the current searcher, acquired and released around it. */
    <T> T withSearcher(SearcherTask<T> task) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return task.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    @FunctionalInterface
    interface SearcherTask<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /**
     * Makes every change so far searchable now, instead of at the next background refresh; during
     * a rebuild, as the background refresh, it keeps the index as it was until the rebuild ends.
     */
    void refreshNow() throws IOException {
        Lock lock = generationLock.readLock();
        lock.lock();
        try {
            if (!rebuilding) {
                searchers.maybeRefreshBlocking();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Refreshes the searcher unless a rebuild is under way: a refresh would flush the rebuild's
     * documents into many small segments, and show records twice (old and new copies). NOTE: the
     * check and the refresh under the generation lock, so that a rebuild cannot start between them.
     */
    private void refresh() {
        Lock lock = generationLock.readLock();
        lock.lock();
        try {
            if (!rebuilding) {
                searchers.maybeRefresh();
            }
        } catch (IOException | RuntimeException e) {
            // Keep the thread alive: the next refresh may succeed, and searches still answer.
            log.warn("Cannot refresh the searcher of catalogue index at {}", path, e);
        } finally {
            lock.unlock();
        }
    }

    private void commit() {
        try {
            if (!rebuilding && writer.hasUncommittedChanges()) {
                writer.commit();
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Cannot commit catalogue index at {}", path, e);
        }
    }

    /** Stops refreshing, commits and closes the index. */
    @Override
    public void close() {
        // NOTE: shutdown, not shutdownNow: interrupting a commit closes its NIO channels and
        // invalidates the index's write lock.
        background.shutdown();
        try {
            background.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            IOUtils.close(searchers, writer, directory, analysis, analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close catalogue index at " + path, e);
        }
    }
}
