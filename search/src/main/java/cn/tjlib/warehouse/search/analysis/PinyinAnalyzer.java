package cn.tjlib.warehouse.search.analysis;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * Pinyin of segmented Chinese words, full and initials ({@code 天津 → tianjin, tj}), so that
 * readers can search by romanisation. Queries keep Latin words as typed and drop Han words,
 * which the word and bigram fields already match without homophone noise.
 */
public final class PinyinAnalyzer extends FoldingAnalyzer {
    private final boolean query;

    private PinyinAnalyzer(boolean query) {
        this.query = query;
    }

    public static PinyinAnalyzer forIndexing() {
        return new PinyinAnalyzer(false);
    }

    public static PinyinAnalyzer forQueries() {
        return new PinyinAnalyzer(true);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new LastSegmentationTokenizer();
        TokenStream stream = query ? new LatinOnlyFilter(tokenizer) : new PinyinFilter(tokenizer);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
