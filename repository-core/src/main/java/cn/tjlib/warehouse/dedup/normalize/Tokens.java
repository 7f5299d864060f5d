package cn.tjlib.warehouse.dedup.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits folded text into tokens: runs of Latin letters and digits are words, every Han character is
 * a token of its own (Chinese is written without spaces), everything else separates tokens.
 */
public final class Tokens {
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "for",
            "to", "with", "by", "at", "from", "is", "are", "as", "its", "via", "into", "de", "la", "le", "der",
            "die", "und", "的", "之", "与", "和", "及");

    /** Stands for a character lost to encoding damage. */
    public static final char LOST = '?';

    private Tokens() {
    }

    /** The tokens of already folded text, in order. */
    public static List<String> of(String folded) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int[] cps = folded.codePoints().toArray();
        for (int k = 0; k < cps.length; k++) {
            int cp = cps[k];
            if (TextFolder.isHan(cp)) {
                flush(word, tokens);
                tokens.add(new String(Character.toChars(cp)));
            } else if (Character.isLetterOrDigit(cp) || isLostCharacter(cps, k)) {
                word.appendCodePoint(cp);
            } else if (cp != '\'' && cp != '\u2019') {
                // apostrophes join ("editor's" and "editors" are the same word); anything else separates
                flush(word, tokens);
            }
        }
        flush(word, tokens);
        return tokens;
    }

    /** Letters and digits only, no separators: the key two spellings of one title share. */
    public static String compact(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    public static boolean isStopWord(String token) {
        return STOP_WORDS.contains(token);
    }

    public static boolean isHan(String token) {
        return !token.isEmpty() && TextFolder.isHan(token.codePointAt(0));
    }

    /**
     * A "?" between letters ("hern?ndez") is a character an export could not encode, not punctuation;
     * it stays in the word as {@link #LOST}, which comparisons treat as a wildcard.
     */
    private static boolean isLostCharacter(int[] cps, int k) {
        return cps[k] == LOST && k > 0 && k + 1 < cps.length
                && Character.isLetter(cps[k - 1]) && Character.isLetter(cps[k + 1]);
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (!word.isEmpty()) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }
}
