package cn.tjlib.warehouse.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.util.Optional;

/**
 * The whole value as one ISBN-13 token, whatever form it was written in; values without an
 * ISBN give no token, so a query for a title word adds no ISBN clause.
 */
public final class IsbnAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new KeywordTokenizer();
        return new TokenStreamComponents(tokenizer, new IsbnFilter(tokenizer));
    }

    private static final class IsbnFilter extends FilteringTokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        IsbnFilter(TokenStream in) {
            super(in);
        }

        @Override
        protected boolean accept() {
            Optional<String> isbn = Isbn.toIsbn13(term.toString());
            isbn.ifPresent(value -> term.setEmpty().append(value));
            return isbn.isPresent();
        }
    }
}
