package cn.tjlib.warehouse.schemas.validation.rule;

import cn.tjlib.warehouse.record.Identifier;
import cn.tjlib.warehouse.record.IdentifierType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ISBN arithmetic of GB/T 5795-2006 (ISO 2108): forms, check digits and the ISBN-10 to ISBN-13 conversion. */
final class IsbnNumber {
    private static final Pattern PREFIX = Pattern.compile("(?i)^ISBN[:：\\s]*");
    // a hyphenated ISBN-10 (group-registrant-item-check), whose hyphens the ISBN-13 keeps
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern HYPHENATED_10 = Pattern.compile("^(\\d{1,5}-\\d{1,7}-\\d{1,7})-[\\dX]$");

    private IsbnNumber() {
    }

    /** The identifiers that claim to be ISBNs: those the parser typed ISBN, and local ones written "ISBN …". */
    static List<String> candidates(List<Identifier> identifiers) {
        List<String> isbns = new ArrayList<>(1);
        for (Identifier i : identifiers) {
            if (i.type() == IdentifierType.ISBN || i.type() == IdentifierType.LOCAL && PREFIX.matcher(i.value()).find()) {
                isbns.add(i.value());
            }
        }
        return isbns;
    }

    /** The value without "ISBN", upper-cased, full-width digits folded. */
    static String bare(String value) {
        return PREFIX.matcher(Text.foldWidth(value).strip()).replaceFirst("").toUpperCase(Locale.ROOT);
    }

    /** The digits (and X) of the value without hyphens and spaces; any other character is kept, so that the form fails. */
    static String compact(String value) {
        String bare = bare(value);
        StringBuilder out = new StringBuilder(13);
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            if (c != '-' && !Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the compact value is an ISBN-10 (9 digits and a digit or X) or an ISBN-13 starting 978 or 979. */
    static boolean wellFormed(String compact) {
        int n = compact.length();
        if (n == 10) {
            char last = compact.charAt(9);
            return digits(compact, 0, 9) && (last == 'X' || last >= '0' && last <= '9');
        }
        return n == 13 && compact.startsWith("97") && (compact.charAt(2) == '8' || compact.charAt(2) == '9')
                && digits(compact, 0, 13);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static char check10(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int c = (11 - sum % 11) % 11;
        return c == 10 ? 'X' : (char) ('0' + c);
    }

    static char check13(String digits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** The correct check digit of a well-formed compact ISBN. */
    static char expectedCheck(String compact) {
        return compact.length() == 10 ? check10(compact) : check13(compact);
    }

    /** The ISBN-13 of a well-formed ISBN (10 or 13), keeping the hyphenation the cataloguer used where there was one. */
    static String toIsbn13(String value) {
        String bare = WHITESPACE.matcher(bare(value)).replaceAll("-");
        String compact = compact(value);
        if (compact.length() == 13) {
            String body = bare.substring(0, bare.length() - 1);
            return body + check13(compact);
        }
        char check = check13("978" + compact);
        Matcher m = HYPHENATED_10.matcher(bare);
        return m.matches() ? "978-" + m.group(1) + "-" + check : "978" + compact.substring(0, 9) + check;
    }
}
