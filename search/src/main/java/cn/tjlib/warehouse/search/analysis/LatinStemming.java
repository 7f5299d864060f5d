package cn.tjlib.warehouse.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordMarkerFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Porter stemming of the tokens it can change: those ending in a lower-case ASCII letter. NOTE:
 * every rule of the Porter stemmer removes or replaces a suffix of lower-case letters, so a token
 * ending in anything else (every Han word, bigram and character) comes out unchanged; running the
 * stemmer on them anyway was 4% of indexing.
 */
final class LatinStemming {
    private LatinStemming() {
    }

    /** {@code in}, its tokens Porter-stemmed as {@link PorterStemFilter} would. */
    static TokenStream of(TokenStream in) {
        return new PorterStemFilter(new NotStemmable(in));
    }

    /** Marks as keywords, which the stemmer leaves alone, the tokens it could not change. */
    private static final class NotStemmable extends KeywordMarkerFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        NotStemmable(TokenStream in) {
            super(in);
        }

        @Override
        protected boolean isKeyword() {
            int length = term.length();
            char last = length == 0 ? 0 : term.charAt(length - 1);
            return last < 'a' || last > 'z';
        }
    }
}
