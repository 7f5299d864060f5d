package cn.tjlib.warehouse.search;

import cn.tjlib.warehouse.search.facet.FacetCounter;
import cn.tjlib.warehouse.search.facet.FacetLabels;
import cn.tjlib.warehouse.search.facet.FilterQueries;
import cn.tjlib.warehouse.search.highlight.HitHighlighter;
import cn.tjlib.warehouse.search.index.CatalogueFields;
import cn.tjlib.warehouse.search.query.CatalogueQueries;
import cn.tjlib.warehouse.search.suggest.PrefixSuggester;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.FieldDoc;
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
import org.apache.lucene.search.TotalHits;

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
    /**
     * How many matches a search counts exactly; beyond it the total is a lower bound
     * ({@link SearchPage#totalExact()} false), unless facets are counted.
     */
    public static final int EXACT_TOTAL_UP_TO = 1_000;
    private static final Set<String> HIT_FIELDS = Set.of(CatalogueFields.ID, CatalogueFields.TITLE_STORED,
            CatalogueFields.CREATOR_STORED, CatalogueFields.YEAR, CatalogueFields.LIBRARY, CatalogueFields.TYPE,
            CatalogueFields.DESCRIPTION_STORED);

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
        // NOTE: counting every match of a broad query costs more than finding its best hits: past
        // the threshold the collector stops counting and lets the scorers skip what cannot compete.
        var top = new TopFieldCollectorManager(sort(request.order()), wanted, null, Math.max(EXACT_TOTAL_UP_TO, wanted));
        TopFieldDocs docs;
        long total;
        boolean exact;
        Map<String, List<FacetCount>> facets = Map.of();
        if (request.facets()) {
            Object[] both = searcher.search(restricted, new MultiCollectorManager(top, new FacetCounter()));
            docs = (TopFieldDocs) both[0];
            FacetCounter.Counts counts = (FacetCounter.Counts) both[1];
            facets = FacetLabels.label(counts.byFacet());
            total = counts.hits(); // facet counting visits every match, so the total comes exact for free
            exact = true;
        } else {
            docs = searcher.search(restricted, top);
            total = docs.totalHits.value();
            exact = docs.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
            if (!exact && restricted instanceof MatchAllDocsQuery) {
                total = searcher.count(restricted); // from the segments' document counts, not by visiting
                exact = true;
            }
        }
        ScoreDoc[] page = Arrays.copyOfRange(docs.scoreDocs, Math.min(request.offset(), docs.scoreDocs.length),
                docs.scoreDocs.length);
        scores(page, searcher, restricted, request.order());
        return new SearchPage(total, exact, hits(searcher, query, page), facets);
    }

    /**
     * Fills in the scores of a page: a field sort leaves {@code FieldDoc.score} as NaN. Sorted by
     * relevance, the score is the first sort value; otherwise the page's documents are scored again.
     */
    private static void scores(ScoreDoc[] page, IndexSearcher searcher, Query query, SearchOrder order) throws IOException {
        if (order == SearchOrder.RELEVANCE) {
            for (ScoreDoc doc : page) {
                doc.score = (Float) ((FieldDoc) doc).fields[0];
            }
        } else {
            TopFieldCollector.populateScores(page, searcher, query);
        }
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
        // Each hit's stored fields are read once, for its listing and for its highlight.
        StoredFields stored = searcher.storedFields();
        int[] ids = new int[page.length];
        Document[] docs = new Document[page.length];
        for (int i = 0; i < page.length; i++) {
            ids[i] = page[i].doc;
            docs[i] = stored.document(page[i].doc, HIT_FIELDS);
        }
        Highlight[] marked = query instanceof MatchAllDocsQuery ? null : highlighter.highlight(searcher, query, ids, docs);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            SearchHit hit = StoredHits.read(docs[i], page[i].score);
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
