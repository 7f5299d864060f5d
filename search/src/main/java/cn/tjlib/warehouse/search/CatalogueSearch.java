package cn.tjlib.warehouse.search;

import cn.tjlib.warehouse.search.index.CatalogueFields;
import cn.tjlib.warehouse.search.query.CatalogueQueries;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The module's front door for readers: searches a {@link LuceneCatalogueIndex} in Chinese (word
 * segmentation plus bigrams, traditional and full-width forms folded), by pinyin, and by ISBN in
 * any form. Thread-safe.
 */
public final class CatalogueSearch implements AutoCloseable {
    private static final SortField BY_ID = new SortField(CatalogueFields.ID_ORDER, SortField.Type.LONG);

    private final LuceneCatalogueIndex index;
    private final CatalogueQueries queries = new CatalogueQueries();

    public CatalogueSearch(LuceneCatalogueIndex index) {
        this.index = index;
    }

    /**
     * One page of the records matching {@code request}.
     *
     * @throws InvalidQueryException if the query is malformed, naming what is wrong
     */
    public SearchPage search(SearchRequest request) {
        Query query = parse(request.query());
        try {
            return index.withSearcher(searcher -> page(searcher, query, request));
        } catch (IndexSearcher.TooManyClauses e) {
            // Every word is searched in about ten fields, so a pasted paragraph can exceed the limit.
            throw new InvalidQueryException(request.query(), "it needs more than "
                    + IndexSearcher.getMaxClauseCount() + " clauses; use fewer words", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the catalogue for '" + request.query() + "'", e);
        }
    }

    private Query parse(String text) {
        try {
            return queries.parse(text);
        } catch (ParseException e) {
            throw new InvalidQueryException(text, e.getMessage(), e);
        }
    }

    private static SearchPage page(IndexSearcher searcher, Query query, SearchRequest request) throws IOException {
        int wanted = request.offset() + request.limit();
        // Count every match exactly (threshold MAX_VALUE): readers page by the total.
        TopFieldDocs top = searcher.search(query,
                new TopFieldCollectorManager(sort(request.order()), wanted, null, Integer.MAX_VALUE));
        ScoreDoc[] docs = Arrays.copyOfRange(top.scoreDocs, Math.min(request.offset(), top.scoreDocs.length),
                top.scoreDocs.length);
        // a field sort (even on the score) leaves FieldDoc.score as NaN: fill in the real scores for the page
        TopFieldCollector.populateScores(docs, searcher, query);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(docs.length);
        for (ScoreDoc doc : docs) {
            hits.add(StoredHits.read(stored.document(doc.doc), doc.score));
        }
        return new SearchPage(top.totalHits.value(), hits);
    }

    private static Sort sort(SearchOrder order) {
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, BY_ID);
            case NEWEST -> {
                SortField year = new SortField(CatalogueFields.YEAR_ORDER, SortField.Type.LONG, true);
                year.setMissingValue(Long.MIN_VALUE);
                yield new Sort(year, BY_ID);
            }
            case ID -> new Sort(BY_ID);
        };
    }

    @Override
    public void close() {
        queries.close();
    }
}
