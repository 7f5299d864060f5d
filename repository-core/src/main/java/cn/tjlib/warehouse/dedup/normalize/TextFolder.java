package cn.tjlib.warehouse.dedup.normalize;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds text for matching: HTML references decoded, NFKC (full-width to half-width), traditional to
 * simplified Chinese, Latin diacritics removed, lower case. Punctuation is kept; {@link Tokens} drops it.
 */
public final class TextFolder {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    // NOTE: ICU transliterators are not safe for concurrent use, hence one per thread.
    private static final ThreadLocal<Transliterator> TRADITIONAL_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));
    // bounded by the Han characters in use (tens of thousands at most): a fixed, shared table, not a cache to evict
    private static final Map<Integer, String> SIMPLIFIED = new ConcurrentHashMap<>();
    private static final ThreadLocal<Transliterator> LATIN_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));

    private TextFolder() {
    }

    /** The folded form of {@code text}; null folds to the empty string. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String folded = NFKC.normalize(HtmlEntities.decode(text));
        // transliteration is the slow step, so it only runs on text that needs it
        if (hasHan(folded)) {
            folded = simplified(folded);
        }
        if (hasLatinBeyondAscii(folded)) {
            folded = LATIN_ASCII.get().transliterate(folded);
        }
        return folded.toLowerCase(Locale.ROOT);
    }

    /**
     * Traditional → simplified one character at a time, each character's form remembered: the
     * transliterator costs microseconds per call, and the few thousand Han characters of a catalogue repeat
     * endlessly. ICU's Traditional-Simplified rules map single characters, so the result is the same.
     */
    private static String simplified(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (isHan(cp)) {
                out.append(SIMPLIFIED.computeIfAbsent(cp, c -> TRADITIONAL_SIMPLIFIED.get().transliterate(Character.toString(c))));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** {@code text} with HTML character references decoded and nothing else changed. */
    public static String decodeReferences(String text) {
        return text == null ? "" : HtmlEntities.decode(text);
    }

    static boolean hasHan(String text) {
        return text.codePoints().anyMatch(TextFolder::isHan);
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static boolean hasLatinBeyondAscii(String text) {
        return text.codePoints().anyMatch(cp -> cp > 0x7F && !isHan(cp));
    }
}
