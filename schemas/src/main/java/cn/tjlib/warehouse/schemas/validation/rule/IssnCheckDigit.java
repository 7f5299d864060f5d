package cn.tjlib.warehouse.schemas.validation.rule;

import cn.tjlib.warehouse.record.Identifier;
import cn.tjlib.warehouse.record.IdentifierType;
import cn.tjlib.warehouse.validation.ValidationSubject;

import java.util.Locale;
import java.util.regex.Pattern;

/** Every ISSN must be NNNN-NNNC with the mod-11 check digit C of ISO 3297 (GB/T 9999.1-2018). */
final class IssnCheckDigit implements Check {
    private static final Pattern PREFIX = Pattern.compile("(?i)^ISSN[:：\\s]*");
    private static final Pattern FORM = Pattern.compile("^\\d{4}-?\\d{3}[\\dX]$");

    @Override
    public void apply(ValidationSubject subject, Field field, Violations out) {
        for (Identifier id : subject.record().identifiers()) {
            boolean claimed = id.type() == IdentifierType.ISSN
                    || id.type() == IdentifierType.LOCAL && PREFIX.matcher(id.value()).find();
            if (claimed) {
                inspect(id.value(), field, out);
            }
        }
    }

    private static void inspect(String value, Field field, Violations out) {
        String bare = PREFIX.matcher(Text.foldWidth(value).strip()).replaceFirst("").toUpperCase(Locale.ROOT);
        if (!FORM.matcher(bare).matches()) {
            out.report(field.fieldName(), value, "");
            return;
        }
        String digits = bare.replace("-", "");
        char expected = check(digits);
        if (expected != digits.charAt(7)) {
            out.report(field.fieldName(), value, "ISSN " + digits.substring(0, 4) + "-" + digits.substring(4, 7) + expected);
        }
    }

    static char check(String digits) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (digits.charAt(i) - '0') * (8 - i);
        }
        int c = (11 - sum % 11) % 11;
        return c == 10 ? 'X' : (char) ('0' + c);
    }
}
