package cn.tjlib.warehouse.harvest.protocol;

import cn.tjlib.warehouse.xml.XmlChars;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a document with characters XML forbids parseable without losing track of them. Each
 * forbidden character (raw, or as a character reference such as {@code &#1;}) becomes a marker: the
 * noncharacter U+FDD0 followed by its code in four hex digits. U+FDD0 is reserved for exactly such
 * internal use, is allowed in XML text but not in names, so markers survive parsing inside text and
 * attribute values, where {@link #clean} removes them and reports which characters they stood for.
 * A U+FDD0 the source really sent is itself marked as "FDD0" and restored by {@link #clean}.
 */
final class ForbiddenChars {
    static final char MARK = '\uFDD0';
    private static final Pattern REFERENCE = Pattern.compile("&#(?:[xX]([0-9A-Fa-f]{1,4})|([0-9]{1,5}));");

    private ForbiddenChars() {
    }

    /** Text with forbidden characters replaced by markers. */
    static String mark(String text) {
        if (XmlChars.firstForbidden(text) < 0 && text.indexOf(MARK) < 0 && text.indexOf("&#") < 0) {
            return text;
        }
        // most pages have a forbidden character somewhere (a page is 500 records): copy the runs between them whole
        StringBuilder out = new StringBuilder(text.length() + 64);
        int copied = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            int width = Character.charCount(cp);
            boolean loneSurrogate = Character.isSurrogate(text.charAt(i)) && width == 1;
            if (!XmlChars.isAllowed(cp) || loneSurrogate || cp == MARK) {
                out.append(text, copied, i);
                appendMarker(out, cp);
                copied = i + width;
            }
            i += width;
        }
        out.append(text, copied, text.length());
        return markReferences(out.toString());
    }

    /** {@code s} without markers, with the forbidden code points they stood for. */
    static Cleaned clean(String s) {
        if (s.indexOf(MARK) < 0) {
            return new Cleaned(s, List.of());
        }
        StringBuilder out = new StringBuilder(s.length());
        List<Integer> removed = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == MARK && i + 4 < s.length()) {
                int cp = Integer.parseInt(s, i + 1, i + 5, 16);
                if (cp == MARK) {
                    out.append(MARK);
                } else {
                    removed.add(cp);
                }
                i += 4;
            } else {
                out.append(c);
            }
        }
        return new Cleaned(out.toString(), removed);
    }

    /** The usual name of a code point in messages, e.g. U+0001. */
    static String name(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }

    private static String markReferences(String text) {
        if (text.indexOf("&#") < 0) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            int cp = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
            boolean forbidden = cp <= 0xFFFF && (!XmlChars.isAllowed(cp) || Character.isSurrogate((char) cp));
            StringBuilder replacement = new StringBuilder();
            if (forbidden) {
                appendMarker(replacement, cp);
            } else {
                replacement.append(m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void appendMarker(StringBuilder out, int cp) {
        out.append(MARK).append(HexFormat.of().withUpperCase().toHexDigits((char) cp));
    }

    /** Text with markers removed, and the code points they stood for in document order. */
    record Cleaned(String text, List<Integer> removed) {
        Cleaned {
            removed = List.copyOf(removed);
        }
    }
}
