package cn.tjlib.warehouse.search.highlight;

import cn.tjlib.warehouse.search.Highlight;
import cn.tjlib.warehouse.search.analysis.CjkBigramAnalyzer;
import cn.tjlib.warehouse.search.index.CatalogueFields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Marks the query's terms in a page of hits with Lucene's {@link UnifiedHighlighter}: the whole
 * title, and the best sentence of the description. The stored text is re-analysed into CJK bigrams
 * and unigrams, which contain every word and bigram term the query can have, so that matches of
 * the word fields and the bigram fields both show; overlapping matches merge into one mark.
 * Thread-safe.
 */
public final class HitHighlighter implements AutoCloseable {
    private static final String[] FIELDS = {CatalogueFields.TITLE_STORED, CatalogueFields.DESCRIPTION_STORED};
    private static final Map<String, String> SOURCE = Map.of(
            CatalogueFields.TITLE_STORED, CatalogueFields.TITLE,
            CatalogueFields.DESCRIPTION_STORED, CatalogueFields.DESCRIPTION);

    private final Analyzer analyzer = CjkBigramAnalyzer.forIndexing();
    private final PassageFormatter formatter = new DefaultPassageFormatter("<em>", "</em>", "…", true);
    private final PassageScorer scorer = new DistinctTermsPassageScorer();

    /**
     * The highlights of documents {@code docs} of {@code searcher} for {@code query}, in the same
     * order; {@code stored} holds each one's stored title and description, already read.
     */
    public Highlight[] highlight(IndexSearcher searcher, Query query, int[] docs, Document[] stored) throws IOException {
        Highlight[] out = new Highlight[docs.length];
        if (docs.length == 0) {
            return out;
        }
        Map<Integer, Document> byDoc = new HashMap<>();
        for (int i = 0; i < docs.length; i++) {
            byDoc.put(docs[i], stored[i]);
        }
        Map<String, String[]> marked = new Highlighter(searcher, byDoc).highlightFields(FIELDS, query, docs, new int[] {1, 1});
        String[] titles = marked.get(CatalogueFields.TITLE_STORED);
        String[] descriptions = marked.get(CatalogueFields.DESCRIPTION_STORED);
        for (int i = 0; i < docs.length; i++) {
            out[i] = new Highlight(titles[i] == null ? "" : titles[i], descriptions[i]);
        }
        return out;
    }

    @Override
    public void close() {
        analyzer.close();
    }

    private final class Highlighter extends UnifiedHighlighter {
        private final Map<Integer, Document> stored;

        Highlighter(IndexSearcher searcher, Map<Integer, Document> stored) {
            super(UnifiedHighlighter.builder(searcher, analyzer)
                    .withHandleMultiTermQuery(true)
                    .withHighlightPhrasesStrictly(false)
                    .withWeightMatches(false)
                    // NOTE: re-analysing the text into a MemoryIndex per hit, to rank a description's
                    // sentences by term frequency, was most of the cost of highlighting; the marks are
                    // the same without it.
                    .withPassageRelevancyOverSpeed(false)
                    .withFormatter(formatter));
            this.stored = stored;
        }

        /** The values the caller read, instead of reading the stored fields a second time. */
        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                Document document = stored.get(doc);
                CharSequence[] perField = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    perField[f] = document.get(fields[f]); // null when the record has none, as Lucene reads it
                }
                values.add(perField);
            }
            return values;
        }

        @Override
        protected Predicate<String> getFieldMatcher(String field) {
            // the stored field is not searched: take the terms of the element's word and bigram
            // fields, and of free text, which holds them too
            String element = SOURCE.get(field);
            return name -> name.equals(CatalogueFields.words(element)) || name.equals(CatalogueFields.bigrams(element))
                    || name.equals(CatalogueFields.FREE_TEXT);
        }

        /**
         * Always from analysis: the stored fields are not indexed. NOTE: the default asks the merged
         * field infos of every segment, rebuilt on each call, which cost more than marking a page.
         */
        @Override
        protected OffsetSource getOffsetSource(String field) {
            return OffsetSource.ANALYSIS;
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            return CatalogueFields.TITLE_STORED.equals(field) ? new WholeBreakIterator()
                    : BreakIterator.getSentenceInstance(Locale.CHINESE);
        }

        @Override
        protected PassageScorer getScorer(String field) {
            return scorer;
        }

        @Override
        protected int getMaxNoHighlightPassages(String field) {
            return CatalogueFields.TITLE_STORED.equals(field) ? 1 : 0;
        }
    }
}
