package cn.tjlib.warehouse.search.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;

/**
 * Replaces each Han word by its toneless pinyin ({@code 天津 → tianjin}) and, for words of two or
 * more syllables, adds the initials at the same position ({@code tj}). Other tokens are dropped:
 * Latin words are already searchable in the word fields.
 */
final class PinyinFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private State pendingState;
    private String pendingInitials;

    PinyinFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingInitials != null) {
            restoreState(pendingState);
            term.setEmpty().append(pendingInitials);
            increment.setPositionIncrement(0);
            pendingInitials = null;
            return true;
        }
        while (input.incrementToken()) {
            String word = term.toString();
            if (isHan(word) && emitPinyin(word)) {
                return true;
            }
        }
        return false;
    }

    private boolean emitPinyin(String word) {
        StringBuilder pinyin = new StringBuilder(word.length() * 4);
        StringBuilder initials = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            i += Character.charCount(c);
            String syllable = HanPinyin.syllable(c);
            if (!syllable.isEmpty()) {
                pinyin.append(syllable);
                initials.append(syllable.charAt(0));
            }
        }
        if (pinyin.isEmpty()) {
            return false;
        }
        term.setEmpty().append(pinyin);
        if (initials.length() > 1) {
            pendingInitials = initials.toString();
            pendingState = captureState();
        }
        return true;
    }

    private static boolean isHan(String word) {
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            if (!HanPinyin.isHan(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return !word.isEmpty();
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingInitials = null;
        pendingState = null;
    }
}
