package cn.tjlib.warehouse.harvest.protocol;

import java.io.Reader;

/**
 * A reader over a string, for the XML parser. NOTE: not a {@code StringReader}: its copying loop
 * ({@code StringUTF16.getChars}) was deoptimised when the Chinese records arrived after a start-up of ASCII
 * text and ran interpreted for the first minute of a bulk harvest while the busy C2 compiler caught up (as
 * {@code getBytes} did, see {@code Utf8}); this loop only ever sees the responses and is compiled at once.
 */
final class CharAtReader extends Reader {
    private final String text;
    private int position;

    CharAtReader(String text) {
        this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (position >= text.length()) {
            return -1;
        }
        int n = Math.min(length, text.length() - position);
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = text.charAt(position + i);
        }
        position += n;
        return n;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
