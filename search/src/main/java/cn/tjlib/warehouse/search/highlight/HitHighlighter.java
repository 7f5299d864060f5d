package cn.tjlib.warehouse.search.highlight;

import cn.tjlib.warehouse.search.Highlight;
import cn.tjlib.warehouse.search.analysis.CjkBigramAnalyzer;
import cn.tjlib.warehouse.search.index.CatalogueFields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

import java.io.IOException;
import java.text.BreakIterator;
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

    /** The highlights of documents {@code docs} of {@code searcher} for {@code query}, in the same order. */
    public Highlight[] highlight(IndexSearcher searcher, Query query, int[] docs) throws IOException {
        Highlight[] out = new Highlight[docs.length];
        if (docs.length == 0) {
            return out;
        }
        Map<String, String[]> marked = new Highlighter(searcher).highlightFields(FIELDS, query, docs, new int[] {1, 1});
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
        Highlighter(IndexSearcher searcher) {
            super(UnifiedHighlighter.builder(searcher, analyzer)
                    .withHandleMultiTermQuery(true)
                    .withHighlightPhrasesStrictly(false)
                    .withWeightMatches(false)
                    .withFormatter(formatter));
        }

        @Override
        protected Predicate<String> getFieldMatcher(String field) {
            // the stored field is not searched: take the terms of the element's word and bigram fields
            String element = SOURCE.get(field);
            return name -> name.equals(CatalogueFields.words(element)) || name.equals(CatalogueFields.bigrams(element));
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            return CatalogueFields.TITLE_STORED.equals(field) ? new WholeBreakIterator()
                    : BreakIterator.getSentenceInstance(Locale.CHINESE);
        }

        @Override
        protected int getMaxNoHighlightPassages(String field) {
            return CatalogueFields.TITLE_STORED.equals(field) ? 1 : 0;
        }
    }
}
