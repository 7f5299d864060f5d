package cn.tjlib.warehouse.schemas.validation.rule;

import java.util.Optional;

/**
 * A value must not contain control characters (C0 but tab and line breaks, DEL, C1), the
 * non-characters U+FFFE/U+FFFF or lone surrogates: XML 1.0 forbids most of them and the rest
 * are residue of a broken conversion. Suggests the value with them removed.
 */
final class ControlCharacters extends ValueCheck {

    @Override
    Optional<String> inspect(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (bad(value, i)) {
                return Optional.of(strip(value));
            }
        }
        return Optional.empty();
    }

    private static String strip(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            if (!bad(value, i)) {
                out.append(value.charAt(i));
            }
        }
        return out.toString();
    }

    private static boolean bad(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        if (c >= 0x7F && c <= 0x9F || c == '\uFFFE' || c == '\uFFFF') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }
}
