package cn.tjlib.warehouse.search.analysis;

import org.apache.lucene.analysis.charfilter.BaseCharFilter;

import java.io.IOException;
import java.io.Reader;

/**
 * Applies {@link HanFolding} before tokenising, so the segmenter sees simplified, half-width
 * text; offsets are corrected back to the original text where folding changes lengths.
 */
final class FoldingCharFilter extends BaseCharFilter {
    private final HanFolding folding;
    private String folded;
    private int position;

    FoldingCharFilter(Reader in, HanFolding folding) {
        super(in);
        this.folding = folding;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (folded == null) {
            folded = fold(readAll());
        }
        if (position >= folded.length()) {
            return -1;
        }
        int n = Math.min(length, folded.length() - position);
        folded.getChars(position, position + n, buffer, offset);
        position += n;
        return n;
    }

    private String readAll() throws IOException {
        // NOTE: the thread's buffers, not new ones: values are short, and a fresh 1,024-character
        // chunk per value analysed was a sixth of all the memory indexing allocated.
        StringBuilder text = folding.text();
        char[] chunk = folding.chunk();
        for (int n = input.read(chunk); n != -1; n = input.read(chunk)) {
            text.append(chunk, 0, n);
        }
        return text.toString();
    }

    private String fold(String text) {
        String whole = folding.fold(text);
        // Nearly always folding maps char to char (both scripts are in the BMP), so no offset
        // corrections are needed; otherwise fold code point by code point to track offsets.
        return whole.length() == text.length() ? whole : foldTrackingOffsets(text);
    }

    private String foldTrackingOffsets(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int diff = 0;
        for (int in = 0; in < text.length(); ) {
            int codePoint = text.codePointAt(in);
            in += Character.charCount(codePoint);
            out.append(folding.foldCodePoint(codePoint));
            if (in - out.length() != diff) {
                diff = in - out.length();
                addOffCorrectMap(out.length(), diff);
            }
        }
        return out.toString();
    }
}
