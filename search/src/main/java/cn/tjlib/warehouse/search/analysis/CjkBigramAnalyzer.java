package cn.tjlib.warehouse.search.analysis;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Overlapping CJK bigrams over folded text, for recall where word segmentation of the record
 * and of the query disagree. Index with unigrams so one-character queries still match; query
 * without them so a multi-character query matches on bigrams only.
 */
public final class CjkBigramAnalyzer extends FoldingAnalyzer {
    private static final int SCRIPTS =
            CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;

    private final boolean unigrams;

    private CjkBigramAnalyzer(boolean unigrams) {
        this.unigrams = unigrams;
    }

    /** Bigrams and unigrams, for documents. */
    public static CjkBigramAnalyzer forIndexing() {
        return new CjkBigramAnalyzer(true);
    }

    /** Bigrams only (a lone character stays a unigram), for queries. */
    public static CjkBigramAnalyzer forQueries() {
        return new CjkBigramAnalyzer(false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new CJKBigramFilter(stream, SCRIPTS, unigrams);
        stream = LatinStemming.of(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
