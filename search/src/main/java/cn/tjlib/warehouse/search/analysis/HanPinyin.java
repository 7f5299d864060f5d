package cn.tjlib.warehouse.search.analysis;

import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The toneless pinyin syllable of each Han character, from ICU's Han-Latin transliterator, cached
 * per character. NOTE: a transliteration costs about a millisecond, and ICU reads Han characters
 * one at a time anyway, so caching by character keeps indexing fast without changing the result.
 */
final class HanPinyin {
    /**
     * The syllable of each BMP character, empty for characters that are not Han or have none; null
     * until first met. A table rather than a map of boxed code points because every Han character
     * indexed is looked up several times. Racing threads store equal strings, and a String is
     * safely published through its final fields.
     */
    private static final String[] BMP = new String[Character.MAX_VALUE + 1];
    private static final ConcurrentHashMap<Integer, String> SUPPLEMENTARY = new ConcurrentHashMap<>();

    private HanPinyin() {
    }

    /** The syllables of the Han characters of {@code text}, in order; other characters are skipped. */
    static List<String> syllables(String text) {
        List<String> out = new ArrayList<>(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            String syllable = syllable(c);
            if (!syllable.isEmpty()) {
                out.add(syllable);
            }
        }
        return out;
    }

    /** The syllable of {@code codePoint}; empty if it is not Han or has none. */
    static String syllable(int codePoint) {
        if (codePoint > Character.MAX_VALUE) {
            return SUPPLEMENTARY.computeIfAbsent(codePoint, HanPinyin::lookUp);
        }
        String syllable = BMP[codePoint];
        if (syllable == null) {
            syllable = lookUp(codePoint);
            BMP[codePoint] = syllable;
        }
        return syllable;
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static String lookUp(int codePoint) {
        return isHan(codePoint) ? transliterate(codePoint) : "";
    }

    private static String transliterate(int codePoint) {
        Transliterator toPinyin = ToPinyin.INSTANCE;
        String latin;
        synchronized (toPinyin) {
            latin = toPinyin.transliterate(Character.toString(codePoint));
        }
        return latin.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    /**
     * Holds the transliterator, built when first needed. NOTE: one, used under a lock: only
     * characters met for the first time reach it, and one per thread parsed ICU's rules anew for
     * every thread of every rebuild.
     */
    private static final class ToPinyin {
        static final Transliterator INSTANCE = Transliterator.getInstance("Han-Latin; Latin-ASCII");
    }
}
