package cn.tjlib.warehouse.xml;

/** Characters that XML 1.0 forbids, which some library systems still emit. */
public final class XmlChars {
    private XmlChars() {
    }

    /** True when {@code c} may appear in an XML 1.0 document. */
    public static boolean isAllowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** The index of the first forbidden code point in {@code s}, or -1. */
    public static int firstForbidden(CharSequence s) {
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            if (!isAllowed(cp) || (Character.isSurrogate(s.charAt(i)) && Character.charCount(cp) == 1)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** {@code s} with every forbidden code point removed. */
    public static String strip(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            if (isAllowed(cp) && !(Character.isSurrogate(s.charAt(i)) && Character.charCount(cp) == 1)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Escapes text for element content or a double-quoted attribute, dropping forbidden characters. */
    public static String escape(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            switch (cp) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (isAllowed(cp) && !(Character.isSurrogate((char) cp) && cp <= 0xFFFF)) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        }
        return out.toString();
    }
}
