package cn.tjlib.warehouse.dedup.normalize;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes the HTML character references that harvested metadata often carries ({@code &#228;}, {@code &mdash;}). */
final class HtmlEntities {
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    // accented Latin letters are composed from a base letter and a combining mark, so the table stays short
    private static final Pattern ACCENTED = Pattern.compile("([a-zA-Z])(acute|grave|uml|circ|tilde|cedil|ring|slash|caron)");
    private static final Map<String, String> MARKS = Map.of("acute", "\u0301", "grave", "\u0300", "uml", "\u0308",
            "circ", "\u0302", "tilde", "\u0303", "cedil", "\u0327", "ring", "\u030A", "slash", "\u0338", "caron", "\u030C");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("mdash", "—"), Map.entry("ndash", "–"),
            Map.entry("hellip", "…"), Map.entry("szlig", "ß"), Map.entry("aelig", "æ"), Map.entry("oelig", "œ"),
            Map.entry("rsquo", "'"), Map.entry("lsquo", "'"), Map.entry("rdquo", "\""), Map.entry("ldquo", "\""));

    private HtmlEntities() {
    }

    static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(resolve(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String resolve(String name, String whole) {
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int cp = Integer.parseInt(hex ? name.substring(2) : name.substring(1), hex ? 16 : 10);
            return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : whole;
        }
        String named = NAMED.get(name);
        if (named != null) {
            return named;
        }
        Matcher accented = ACCENTED.matcher(name);
        return accented.matches() ? accented.group(1) + MARKS.get(accented.group(2)) : whole;
    }
}
