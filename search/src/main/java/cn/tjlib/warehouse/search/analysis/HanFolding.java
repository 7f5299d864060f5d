package cn.tjlib.warehouse.search.analysis;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * Folds text to the form the index keeps: NFKC (full-width → half-width, compatibility forms)
 * then traditional → simplified Chinese.
 *
 * <p>NOTE: one instance per thread. ICU transliterators synchronise internally on shared rule
 * data, so a single shared instance would serialise every indexing and query thread.
 */
final class HanFolding {
    private final Normalizer2 nfkc = Normalizer2.getNFKCInstance();
    private final Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");

    String fold(String text) {
        return toSimplified.transliterate(nfkc.normalize(text));
    }

    /** Folds one code point on its own; used when folding changes the text's length. */
    String foldCodePoint(int codePoint) {
        return fold(Character.toString(codePoint));
    }
}
