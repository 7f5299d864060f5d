package cn.tjlib.warehouse.record;

import java.util.regex.Pattern;

/** Recognises the type of a dc:identifier and whether a dc:subject is a CLC class number. */
final class ValueClassifier {
    private static final Pattern ISBN = Pattern.compile("(?i)^(?:ISBN[:：\\s]*)?((?:97[89][\\s-]?)?\\d[\\d\\s-]{7,15}[\\dX])$");
    private static final Pattern ISSN = Pattern.compile("(?i)^(?:ISSN[:：\\s]*)?(\\d{4}-?\\d{3}[\\dX])$");
    private static final Pattern CN = Pattern.compile("(?i)^(?:CN[:：\\s]*)?(\\d{2}-\\d{4}(?:/[A-Z0-9.]+)?)$");
    private static final Pattern URI = Pattern.compile("(?i)^(https?://|urn:|info:|doi:|hdl:).+");
    // 22 top classes of 中图法: A–K, N–V, X, Z (T has two-letter subclasses TB…TV)
    private static final Pattern CLC = Pattern.compile("^(?:中图分类号[:：]\\s*)?([A-KN-VXZ](?:[A-Z])?(?:\\d[\\d.\\-/=:()+\"]*)?)$");

    private ValueClassifier() {
    }

    static Identifier identifier(String value) {
        String v = value.strip();
        var m = ISSN.matcher(v);
        if (m.matches() && (v.toUpperCase().startsWith("ISSN") || v.contains("-"))) {
            return new Identifier(IdentifierType.ISSN, m.group(1).toUpperCase());
        }
        if (v.toUpperCase().startsWith("CN") && (m = CN.matcher(v)).matches()) {
            return new Identifier(IdentifierType.CN, "CN" + m.group(1).toUpperCase());
        }
        if ((m = ISBN.matcher(v)).matches() && digits(m.group(1)) >= 10) {
            return new Identifier(IdentifierType.ISBN, m.group(1));
        }
        if (URI.matcher(v).matches()) {
            return new Identifier(IdentifierType.URI, v);
        }
        return new Identifier(IdentifierType.LOCAL, v);
    }

    static Subject subject(String value) {
        var m = CLC.matcher(value.strip());
        return m.matches() ? new Subject(Subject.CLC, m.group(1)) : new Subject(Subject.KEYWORD, value);
    }

    private static int digits(String s) {
        return (int) s.chars().filter(c -> Character.isDigit(c) || c == 'X' || c == 'x').count();
    }
}
