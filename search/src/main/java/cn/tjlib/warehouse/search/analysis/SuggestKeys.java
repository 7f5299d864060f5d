package cn.tjlib.warehouse.search.analysis;

import java.util.Locale;

/**
 * The keys a title or name is suggested by: its folded form ({@code 天津歷史 → 天津历史}), its pinyin
 * ({@code tianjinlishi}) and its initials ({@code tjls}), all lower case without spaces or punctuation,
 * so that a typed prefix of any of them finds it. Thread-safe.
 *
 * @param folded   the text folded to simplified, half-width, lower-case letters and digits only
 * @param pinyin   the toneless pinyin of its Han characters, one word of ASCII letters; empty if none
 * @param initials the first letter of each of those syllables; empty if none
 */
public record SuggestKeys(String folded, String pinyin, String initials) {
    // NOTE: per thread, as HanFolding is meant to be used (it keeps reading buffers).
    private static final ThreadLocal<HanFolding> FOLDING = ThreadLocal.withInitial(HanFolding::new);

    /** All three keys of {@code text}, folding it once (indexing needs all three of every title and name). */
    public static SuggestKeys of(String text) {
        String folded = FOLDING.get().fold(text);
        StringBuilder pinyin = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            String syllable = HanPinyin.syllable(c);
            if (!syllable.isEmpty()) {
                pinyin.append(syllable);
                initials.append(syllable.charAt(0));
            }
        }
        return new SuggestKeys(lettersAndDigits(folded), pinyin.toString(), initials.toString());
    }

    /** {@code text} folded to simplified, half-width, lower-case letters and digits only. */
    public static String fold(String text) {
        return lettersAndDigits(FOLDING.get().fold(text));
    }

    /** The toneless pinyin of the Han characters in {@code text}, one word of ASCII letters; empty if none. */
    public static String pinyin(String text) {
        return of(text).pinyin();
    }

    /** The first letter of each pinyin syllable of {@code text}; empty if it has no Han characters. */
    public static String initials(String text) {
        return of(text).initials();
    }

    private static String lettersAndDigits(String folded) {
        String lower = folded.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        lower.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
