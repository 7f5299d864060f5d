package cn.tjlib.warehouse.schemas.validation.rule;

import cn.tjlib.warehouse.record.Identifier;
import cn.tjlib.warehouse.record.IdentifierType;
import cn.tjlib.warehouse.validation.ValidationSubject;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every China serial number (国内统一连续出版物号, GB/T 9999.1-2018) must read CN + the 2-digit code of a
 * province (GB/T 2260) + "-" + a 4-digit serial + "/" + a CLC class, e.g. {@code CN12-1001/G2}.
 */
final class CnSerialNumber implements Check {
    private static final Pattern CLAIM = Pattern.compile("(?i)^CN[:：\\s]*\\d");
    private static final Pattern FORM = Pattern.compile("^CN[:\\s]*(\\d{2})-(\\d{4})/([A-Z][A-Z0-9.]*)$");

    private final Set<String> regions;

    CnSerialNumber(List<String> regions) {
        if (regions.isEmpty() || !regions.stream().allMatch(r -> r.matches("\\d{2}"))) {
            throw new IllegalArgumentException("cn-serial-number needs regions, two-digit codes, got " + regions);
        }
        this.regions = Set.copyOf(regions);
    }

    @Override
    public void apply(ValidationSubject subject, Field field, Violations out) {
        for (Identifier id : subject.record().identifiers()) {
            if (id.type() == IdentifierType.CN || id.type() == IdentifierType.LOCAL && CLAIM.matcher(id.value()).find()) {
                Matcher m = FORM.matcher(Text.foldWidth(id.value()).strip().toUpperCase(Locale.ROOT));
                if (!m.matches() || !regions.contains(m.group(1))) {
                    out.report(field.fieldName(), id.value(), "");
                }
            }
        }
    }
}
