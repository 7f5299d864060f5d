package cn.tjlib.warehouse.dedup.compare;

import cn.tjlib.warehouse.dedup.normalize.Tokens;

/**
 * Equality where {@link Tokens#LOST} ("?", a character an export could not encode) stands for one or
 * two characters: "hern?ndez" equals "hernandez", "kie?ling" equals "kiessling" (ß folds to "ss").
 */
final class Wildcards {
    private Wildcards() {
    }

    static boolean equal(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        boolean wildA = a.indexOf(Tokens.LOST) >= 0;
        boolean wildB = b.indexOf(Tokens.LOST) >= 0;
        if (wildA == wildB) {
            return false;
        }
        return wildA ? matches(a, 0, b, 0) : matches(b, 0, a, 0);
    }

    private static boolean matches(String pattern, int p, String text, int t) {
        if (p == pattern.length()) {
            return t == text.length();
        }
        char c = pattern.charAt(p);
        if (c != Tokens.LOST) {
            return t < text.length() && text.charAt(t) == c && matches(pattern, p + 1, text, t + 1);
        }
        return t < text.length() && (matches(pattern, p + 1, text, t + 1)
                || t + 1 < text.length() && matches(pattern, p + 1, text, t + 2));
    }
}
