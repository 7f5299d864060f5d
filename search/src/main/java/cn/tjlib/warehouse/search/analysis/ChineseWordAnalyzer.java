package cn.tjlib.warehouse.search.analysis;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * Chinese word segmentation (smartcn's hidden Markov model) over folded text; Latin-script words
 * are lower-cased by the tokenizer and Porter-stemmed, punctuation is dropped.
 */
public final class ChineseWordAnalyzer extends FoldingAnalyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new LastSegmentationTokenizer();
        TokenStream stream = LatinStemming.of(tokenizer);
        stream = new StopFilter(stream, SmartChineseAnalyzer.getDefaultStopSet());
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
