package cn.tjlib.warehouse.search.nearest;

import cn.tjlib.warehouse.ingest.NearestRecords;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * The nearest-records search of matching, as a Lucene index of its own beside the catalogue index: one
 * document per live member with its matching tokens as exact terms (title words, Han character pairs,
 * creators' family names). A query ORs the record's tokens, so BM25 ranks members by the summed rarity
 * of the tokens they share: rare shared words outweigh many common ones, as in meta-blocking.
 */
public final class LuceneNearestRecords implements NearestRecords, AutoCloseable {
    private static final String ID = "id";
    private static final String LIBRARY = "library";
    private static final String TOKEN = "token";
    /** A long title's first tokens are enough to find its copies; more would only slow the query. */
    private static final int MAX_QUERY_TOKENS = 48;
    private static final long COMMIT_EVERY_NANOS = 30_000_000_000L;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private long lastCommit = System.nanoTime();

    public LuceneNearestRecords(Path path) {
        try {
            this.directory = FSDirectory.open(path);
            IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(32);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the nearest-records index at " + path, e);
        }
    }

    @Override
    public List<Long> nearest(Collection<String> tokens, String excludedLibrary, int k) {
        if (tokens.isEmpty() || k < 1) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        tokens.stream().limit(MAX_QUERY_TOKENS).forEach(t -> query.add(new TermQuery(new Term(TOKEN, t)), BooleanClause.Occur.SHOULD));
        query.add(new TermQuery(new Term(LIBRARY, excludedLibrary)), BooleanClause.Occur.MUST_NOT);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(query.build(), k);
                StoredFields stored = searcher.storedFields();
                List<Long> ids = new ArrayList<>(top.scoreDocs.length);
                for (ScoreDoc hit : top.scoreDocs) {
                    ids.add(stored.document(hit.doc).getField(ID).numericValue().longValue());
                }
                return ids;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("nearest-records search failed", e);
        }
    }

    @Override
    public void put(long rawId, String library, Collection<String> tokens) {
        try {
            writer.updateDocument(idTerm(rawId), document(rawId, library, tokens));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index raw record " + rawId + " for matching", e);
        }
    }

    @Override
    public void remove(long rawId) {
        try {
            writer.deleteDocuments(idTerm(rawId));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove raw record " + rawId + " from the matching index", e);
        }
    }

    @Override
    public void refresh() {
        try {
            searchers.maybeRefresh();
            // a crash loses at most this long of additions: they only cost recall until the next rebuild
            if (System.nanoTime() - lastCommit > COMMIT_EVERY_NANOS) {
                writer.commit();
                lastCommit = System.nanoTime();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the nearest-records index", e);
        }
    }

    @Override
    public long size() {
        return writer.getDocStats().numDocs;
    }

    @Override
    public void rebuild(Iterator<Entry> all) {
        try {
            writer.deleteAll();
            while (all.hasNext()) {
                Entry e = all.next();
                writer.addDocument(document(e.rawId(), e.library(), e.tokens()));
            }
            writer.commit();
            lastCommit = System.nanoTime();
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the nearest-records index", e);
        }
    }

    private static Term idTerm(long rawId) {
        return new Term(ID, Long.toString(rawId));
    }

    private static Document document(long rawId, String library, Collection<String> tokens) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(rawId), Field.Store.NO));
        doc.add(new StoredField(ID, rawId));
        doc.add(new StringField(LIBRARY, library, Field.Store.NO));
        for (String token : tokens) {
            doc.add(new StringField(TOKEN, token, Field.Store.NO));
        }
        return doc;
    }

    @Override
    public void close() {
        try (directory; writer; searchers) {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the nearest-records index", e);
        }
    }
}
