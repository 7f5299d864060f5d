package cn.tjlib.warehouse.search.analysis;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ISBN normalisation: the first ISBN-10 or ISBN-13 in a string, as 13 digits. */
final class Isbn {
    private static final Pattern CANDIDATE = Pattern.compile("\\d[\\d\\- ]*[\\dXx]");

    private Isbn() {
    }

    /**
     * The 13 digits of the first ISBN in {@code text} ("7-5306-1234-5", "978 7 5306 1234 8",
     * "ISBN 7530612345 : CNY25.00"), converting an ISBN-10; check digits are recomputed, not
     * verified, because catalogues carry mistyped ones that readers still search by.
     */
    static Optional<String> toIsbn13(String text) {
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            String digits = withoutSeparators(m.group());
            if (digits.length() == 10 && digits.substring(0, 9).chars().allMatch(Character::isDigit)) {
                return Optional.of(withCheckDigit("978" + digits.substring(0, 9)));
            }
            if (digits.length() == 13 && digits.chars().allMatch(Character::isDigit)) {
                return Optional.of(digits);
            }
        }
        return Optional.empty();
    }

    /** {@code candidate} without hyphens and spaces, upper case (an ISBN-10 may end in X). */
    private static String withoutSeparators(String candidate) {
        StringBuilder digits = new StringBuilder(candidate.length());
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c != '-' && c != ' ') {
                digits.append(c == 'x' ? 'X' : c);
            }
        }
        return digits.toString();
    }

    private static String withCheckDigit(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelveDigits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return twelveDigits + (10 - sum % 10) % 10;
    }
}
