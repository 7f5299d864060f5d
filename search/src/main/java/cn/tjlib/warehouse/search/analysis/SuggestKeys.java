package cn.tjlib.warehouse.search.analysis;

import java.util.List;
import java.util.Locale;

/**
 * The keys a title or name is suggested by: its folded form ({@code 天津歷史 → 天津历史}), its pinyin
 * ({@code tianjinlishi}) and its initials ({@code tjls}), all lower case without spaces or punctuation,
 * so that a typed prefix of any of them finds it. Thread-safe.
 */
public final class SuggestKeys {
    // NOTE: per thread, because ICU transliterators serialise concurrent callers.
    private static final ThreadLocal<HanFolding> FOLDING = ThreadLocal.withInitial(HanFolding::new);

    private SuggestKeys() {
    }

    /** {@code text} folded to simplified, half-width, lower-case letters and digits only. */
    public static String fold(String text) {
        String folded = FOLDING.get().fold(text).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The toneless pinyin of the Han characters in {@code text}, one word of ASCII letters; empty if none. */
    public static String pinyin(String text) {
        return String.join("", syllables(text));
    }

    /** The first letter of each pinyin syllable of {@code text}; empty if it has no Han characters. */
    public static String initials(String text) {
        StringBuilder out = new StringBuilder();
        for (String syllable : syllables(text)) {
            out.append(syllable.charAt(0));
        }
        return out.toString();
    }

    private static List<String> syllables(String text) {
        return HanPinyin.syllables(FOLDING.get().fold(text));
    }
}
