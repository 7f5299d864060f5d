package cn.tjlib.warehouse.validation;

import java.util.Objects;

/**
 * One problem a rule found in one record: the rule's stable id, how serious it is, the field and the
 * offending value, the message in Chinese and English, and a suggested fix (may be empty).
 */
public record Finding(String ruleId, Severity severity, String field, String value, String messageZh,
                      String messageEn, String suggestion) {
    public Finding {
        if (ruleId == null || ruleId.isBlank()) {
            throw new IllegalArgumentException("a finding needs a rule id");
        }
        Objects.requireNonNull(severity, "severity of " + ruleId);
        Objects.requireNonNull(field, "field of " + ruleId);
        value = value == null ? "" : value;
        Objects.requireNonNull(messageZh, "Chinese message of " + ruleId);
        Objects.requireNonNull(messageEn, "English message of " + ruleId);
        suggestion = suggestion == null ? "" : suggestion;
    }
}
