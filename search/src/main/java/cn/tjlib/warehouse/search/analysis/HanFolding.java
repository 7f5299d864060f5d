package cn.tjlib.warehouse.search.analysis;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds text to the form the index keeps: NFKC (full-width → half-width, compatibility forms)
 * then traditional → simplified Chinese.
 *
 * <p>NOTE: one instance per thread, for its reading buffers. The transliterator behind the
 * character table is shared and used under a lock: only characters met for the first time reach
 * it, and building one per thread (per analyzer, per rebuild's threads) parsed ICU's rules anew
 * each time, 2% of a rebuild of 200,000 records.
 */
final class HanFolding {
    /**
     * Each BMP character's simplified form, filled in as characters are met: 0 not looked up yet,
     * {@link #SEVERAL} when it simplifies to more than one character (then in {@link #OTHERS}),
     * else the simplified character + 1. NOTE: the transliterator maps character by character and
     * costs tens of microseconds a call, and folding runs for every value indexed or searched, so
     * the table, not a map of boxed code points, is what keeps folding cheap. Threads may race to
     * fill an entry; they write the same value, and an int is written atomically.
     */
    private static final int[] BMP = new int[Character.MAX_VALUE + 1];
    private static final int SEVERAL = -1;
    private static final ConcurrentHashMap<Integer, String> OTHERS = new ConcurrentHashMap<>();
    /** Below this nothing is Han (CJK radicals start here), so nothing folds beyond NFKC. */
    private static final char FIRST_HAN_BLOCK = '\u2E80';

    private final Normalizer2 nfkc = Normalizer2.getNFKCInstance();

    private final StringBuilder reading = new StringBuilder();
    private final char[] chunk = new char[256];

    /** This thread's buffer for reading a value to fold, emptied. */
    StringBuilder text() {
        reading.setLength(0);
        return reading;
    }

    /** This thread's buffer for reading a value in chunks. */
    char[] chunk() {
        return chunk;
    }

    String fold(String text) {
        // Most values are NFKC already: checking is cheaper than normalising into a copy.
        String normal = nfkc.spanQuickCheckYes(text) == text.length() ? text : nfkc.normalize(text);
        // NOTE: most Han text is simplified already, so nothing is copied until a character changes.
        StringBuilder out = null;
        for (int i = 0; i < normal.length(); i++) {
            char c = normal.charAt(i);
            if (c < FIRST_HAN_BLOCK) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < normal.length() && Character.isLowSurrogate(normal.charAt(i + 1))) {
                if (out == null) {
                    out = new StringBuilder(normal.length()).append(normal, 0, i);
                }
                int codePoint = Character.toCodePoint(c, normal.charAt(++i));
                out.append(HanPinyin.isHan(codePoint) ? OTHERS.computeIfAbsent(codePoint, this::simplify)
                        : Character.toString(codePoint));
                continue;
            }
            int entry = entry(c);
            if (out == null) {
                if (entry == c + 1) {
                    continue; // folds to itself
                }
                out = new StringBuilder(normal.length()).append(normal, 0, i);
            }
            if (entry == SEVERAL) {
                // computeIfAbsent, not get: another thread may have written the entry before the map
                out.append(OTHERS.computeIfAbsent((int) c, this::simplify));
            } else {
                out.append((char) (entry - 1));
            }
        }
        return out == null ? normal : out.toString();
    }

    /** The table entry of {@code c}, looked up now if it has not been yet. */
    private int entry(char c) {
        int entry = BMP[c];
        if (entry == 0) {
            String simplified = HanPinyin.isHan(c) ? simplify(c) : String.valueOf(c);
            entry = simplified.length() == 1 ? simplified.charAt(0) + 1 : SEVERAL;
            BMP[c] = entry;
        }
        return entry;
    }

    private String simplify(int codePoint) {
        Transliterator toSimplified = Simplifier.INSTANCE;
        synchronized (toSimplified) {
            return toSimplified.transliterate(Character.toString(codePoint));
        }
    }

    /** Holds the transliterator, built when first needed. */
    private static final class Simplifier {
        static final Transliterator INSTANCE = Transliterator.getInstance("Traditional-Simplified");
    }

    /** Folds one code point on its own; used when folding changes the text's length. */
    String foldCodePoint(int codePoint) {
        return fold(Character.toString(codePoint));
    }
}
