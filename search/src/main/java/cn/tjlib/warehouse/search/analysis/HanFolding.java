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
    /**
     * Each Han character's simplified form. NOTE: the transliterator maps character by character
     * and costs tens of microseconds a call; a record has a dozen values, so caching by character
     * is most of the indexing rate.
     */
    private static final java.util.concurrent.ConcurrentHashMap<Integer, String> SIMPLIFIED =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");

    String fold(String text) {
        String normal = nfkc.normalize(text);
        StringBuilder out = null;
        for (int i = 0; i < normal.length(); ) {
            int c = normal.codePointAt(i);
            String simplified = HanPinyin.isHan(c) ? SIMPLIFIED.computeIfAbsent(c, this::simplify) : null;
            if (simplified != null && out == null) {
                out = new StringBuilder(normal.length()).append(normal, 0, i);
            }
            if (out != null) {
                if (simplified != null) {
                    out.append(simplified);
                } else {
                    out.appendCodePoint(c);
                }
            }
            i += Character.charCount(c);
        }
        return out == null ? normal : out.toString();
    }

    private String simplify(int codePoint) {
        return toSimplified.transliterate(Character.toString(codePoint));
    }

    /** Folds one code point on its own; used when folding changes the text's length. */
    String foldCodePoint(int codePoint) {
        return fold(Character.toString(codePoint));
    }
}
