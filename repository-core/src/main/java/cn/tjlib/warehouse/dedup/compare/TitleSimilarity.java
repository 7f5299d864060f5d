package cn.tjlib.warehouse.dedup.compare;

import cn.tjlib.warehouse.dedup.normalize.NormalisedTitle;
import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;

import java.util.OptionalDouble;

/**
 * Title similarity: the better of Levenshtein on the compact keys (catches spelling and punctuation
 * variants) and token Dice (catches reordered or added words). Equal titles whose bracketed annotations
 * differ ("(demo abstract)") score {@value #ANNOTATIONS_DIFFER}. A title proper equal to the other's whole
 * title, or a subtitle cut short, scores {@value #SUBTITLE_DROPPED}; equal titles proper of at least
 * {@value #DISTINCTIVE_MAIN_TITLE} characters with different subtitles score {@value #SUBTITLES_DIFFER}.
 * {@link #similarity} raises the result to the power {@value #SHARPNESS}, because different works by
 * the same authors often share half their title words: only near-identical titles are strong evidence.
 */
public final class TitleSimilarity implements FieldComparator {
    static final double SUBTITLE_DROPPED = 0.9;
    static final double ANNOTATIONS_DIFFER = 0.97;
    static final double SUBTITLES_DIFFER = 0.85;
    static final int DISTINCTIVE_MAIN_TITLE = 20;
    static final int SHARPNESS = 4;
    private static final double EDIT_FLOOR = 0.6;

    @Override
    public OptionalDouble similarity(PreparedRecord a, PreparedRecord b) {
        if (a.title().isEmpty() || b.title().isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.pow(raw(a.title(), b.title()), SHARPNESS));
    }

    /** The unsharpened similarity, as the title guard judges it. */
    public static double raw(NormalisedTitle a, NormalisedTitle b) {
        if (a.fullKey().equals(b.fullKey())) {
            return a.annotations().equals(b.annotations()) ? 1.0 : ANNOTATIONS_DIFFER;
        }
        double tokens = DiceCoefficient.similarity(a.tokens(), b.tokens());
        double edits = Levenshtein.similarity(a.fullKey(), b.fullKey(), EDIT_FLOOR);
        return Math.max(Math.max(tokens, edits), subtitleDropped(a, b));
    }

    private static double subtitleDropped(NormalisedTitle a, NormalisedTitle b) {
        if (b.hasSubtitle() && a.fullKey().equals(b.mainKey()) || a.hasSubtitle() && b.fullKey().equals(a.mainKey())) {
            return SUBTITLE_DROPPED;
        }
        if (!a.hasSubtitle() || !b.hasSubtitle() || !a.mainKey().equals(b.mainKey())) {
            return 0.0;
        }
        // one subtitle cut short ("the next generation" and "the next generation: what vendors do")
        if (a.fullKey().startsWith(b.fullKey()) || b.fullKey().startsWith(a.fullKey())) {
            return SUBTITLE_DROPPED;
        }
        // two different subtitles under one long title proper: likely one work described twice
        return a.mainKey().length() >= DISTINCTIVE_MAIN_TITLE ? SUBTITLES_DIFFER : 0.0;
    }
}
