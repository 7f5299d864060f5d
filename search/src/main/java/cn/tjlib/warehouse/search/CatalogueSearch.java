package cn.tjlib.warehouse.search;

import cn.tjlib.warehouse.search.facet.FacetCounter;
import cn.tjlib.warehouse.search.facet.FacetLabels;
import cn.tjlib.warehouse.search.facet.FilterQueries;
import cn.tjlib.warehouse.search.highlight.HitHighlighter;
import cn.tjlib.warehouse.search.index.CatalogueFields;
import cn.tjlib.warehouse.search.query.CatalogueQueries;
import cn.tjlib.warehouse.search.suggest.PrefixSuggester;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
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
import java.util.Map;
import java.util.Set;

/**
 * The module's front door for readers: searches a {@link LuceneCatalogueIndex} in Chinese (word
 * segmentation plus bigrams, traditional and full-width forms folded), by pinyin, and by ISBN in
 * any form; filters and counts facets, marks matches, and suggests titles and names. Thread-safe.
 */
public final class CatalogueSearch implements AutoCloseable {
    public static final int MAX_SUGGESTIONS = 50;
    private static final SortField BY_ID = new SortField(CatalogueFields.ID_ORDER, SortField.Type.LONG);
    private static final Set<String> HIT_FIELDS = Set.of(CatalogueFields.ID, CatalogueFields.TITLE_STORED,
            CatalogueFields.CREATOR_STORED, CatalogueFields.YEAR, CatalogueFields.LIBRARY, CatalogueFields.TYPE);

    private final LuceneCatalogueIndex index;
    private final CatalogueQueries queries = new CatalogueQueries();
    private final HitHighlighter highlighter = new HitHighlighter();
    private final PrefixSuggester suggester = new PrefixSuggester();

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

    /**
     * At most {@code limit} titles and creator names starting with {@code typed} (characters, pinyin
     * or initials), most frequent first.
     */
    public List<Suggestion> suggest(String typed, int limit) {
        if (limit < 1 || limit > MAX_SUGGESTIONS) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_SUGGESTIONS + ", got " + limit);
        }
        if (typed.length() > SearchRequest.MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("text must be at most " + SearchRequest.MAX_QUERY_LENGTH
                    + " characters, got " + typed.length());
        }
        try {
            return index.withSearcher(searcher -> suggester.suggest(searcher, typed, limit));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot suggest for '" + typed + "'", e);
        }
    }

    private Query parse(String text) {
        try {
            return queries.parse(text);
        } catch (ParseException e) {
            throw new InvalidQueryException(text, e.getMessage(), e);
        }
    }

    private SearchPage page(IndexSearcher searcher, Query query, SearchRequest request) throws IOException {
        Query restricted = FilterQueries.restrict(query, request.filters());
        int wanted = request.offset() + request.limit();
        // Count every match exactly (threshold MAX_VALUE): readers page by the total.
        var top = new TopFieldCollectorManager(sort(request.order()), wanted, null, Integer.MAX_VALUE);
        TopFieldDocs docs;
        Map<String, List<FacetCount>> facets = Map.of();
        if (request.facets()) {
            Object[] both = searcher.search(restricted, new MultiCollectorManager(top, new FacetCounter()));
            docs = (TopFieldDocs) both[0];
            @SuppressWarnings("unchecked")
            var counts = (Map<Facet, Map<String, Long>>) both[1];
            facets = FacetLabels.label(counts);
        } else {
            docs = searcher.search(restricted, top);
        }
        ScoreDoc[] page = Arrays.copyOfRange(docs.scoreDocs, Math.min(request.offset(), docs.scoreDocs.length),
                docs.scoreDocs.length);
        // a field sort (even on the score) leaves FieldDoc.score as NaN: fill in the real scores for the page
        TopFieldCollector.populateScores(page, searcher, restricted);
        return new SearchPage(docs.totalHits.value(), hits(searcher, query, page), facets);
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
        StoredFields stored = searcher.storedFields();
        int[] ids = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            ids[i] = page[i].doc;
        }
        Highlight[] marked = query instanceof MatchAllDocsQuery ? null : highlighter.highlight(searcher, query, ids);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            SearchHit hit = StoredHits.read(stored.document(page[i].doc, HIT_FIELDS), page[i].score);
            hits.add(marked == null ? hit : hit.withHighlight(marked[i]));
        }
        return hits;
    }

    private static Sort sort(SearchOrder order) {
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, BY_ID);
            case NEWEST -> new Sort(byYear(true), BY_ID);
            case OLDEST -> new Sort(byYear(false), BY_ID);
            case ID -> new Sort(BY_ID);
        };
    }

    private static SortField byYear(boolean newestFirst) {
        SortField year = new SortField(CatalogueFields.YEAR_ORDER, SortField.Type.LONG, newestFirst);
        // records without a year go last either way
        year.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return year;
    }

    @Override
    public void close() {
        queries.close();
        highlighter.close();
    }
}
