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
    private static final ConcurrentHashMap<Integer, String> SYLLABLES = new ConcurrentHashMap<>();
    private static final ThreadLocal<Transliterator> TO_PINYIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII"));

    private HanPinyin() {
    }

    /** The syllables of the Han characters of {@code text}, in order; other characters are skipped. */
    static List<String> syllables(String text) {
        List<String> out = new ArrayList<>(text.length());
        text.codePoints().filter(HanPinyin::isHan).forEach(c -> {
            String syllable = SYLLABLES.computeIfAbsent(c, HanPinyin::transliterate);
            if (!syllable.isEmpty()) {
                out.add(syllable);
            }
        });
        return out;
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static String transliterate(int codePoint) {
        return TO_PINYIN.get().transliterate(Character.toString(codePoint)).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
