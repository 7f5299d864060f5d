package cn.tjlib.warehouse.xml;

/**
 * UTF-8 encoding of strings, byte for byte what {@code String.getBytes(UTF_8)} gives (an unpaired surrogate
 * becomes {@code '?'}). NOTE: a bulk harvest encodes megabytes a second, and the JDK's own loop
 * ({@code String.encodeUTF8_UTF16}) was deoptimised when the Chinese records arrived after a start-up of ASCII
 * text and then waited ~40 s for the busy C2 compiler, running interpreted: a quarter of all CPU. A loop of
 * our own only ever sees the harvest's text and is compiled at once.
 */
public final class Utf8 {
    private Utf8() {
    }

    public static byte[] bytes(String s) {
        byte[] out = new byte[length(s)];
        int n = 0;
        int length = s.length();
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                out[n++] = (byte) (0xF0 | cp >> 18);
                out[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | cp & 0x3F);
            } else {
                out[n++] = '?';
            }
        }
        return out;
    }

    /** The number of bytes {@link #bytes} gives. */
    public static int length(String s) {
        int n = 0;
        int length = s.length();
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (!Character.isSurrogate(c)) {
                n += 3;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n++;
            }
        }
        return n;
    }
}
