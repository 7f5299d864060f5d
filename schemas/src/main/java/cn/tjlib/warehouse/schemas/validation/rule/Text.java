package cn.tjlib.warehouse.schemas.validation.rule;

/** Small text folds the checks share. */
final class Text {
    private Text() {
    }

    /** Maps full-width ASCII forms (Ａ１：, U+FF01–FF5E) and the ideographic space to their ASCII forms. */
    static String foldWidth(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char folded = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c;
            if (folded != c && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(folded);
            }
        }
        return out == null ? s : out.toString();
    }
}
