package cn.tjlib.warehouse.record;

/** Backslash escapes for the warehouse's tab-separated stored text forms (records, provenance). */
public final class TabText {
    private TabText() {
    }

    /** {@code s} with backslash, tab, newline and carriage return escaped, so it fits in one tab-separated cell. */
    public static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** The inverse of {@link #escape}. */
    public static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(switch (n) { case 't' -> '\t'; case 'n' -> '\n'; case 'r' -> '\r'; default -> n; });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
