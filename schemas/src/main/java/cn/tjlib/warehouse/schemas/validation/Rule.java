package cn.tjlib.warehouse.schemas.validation;

import cn.tjlib.warehouse.schemas.validation.rule.Check;
import cn.tjlib.warehouse.schemas.validation.rule.Field;
import cn.tjlib.warehouse.validation.Finding;
import cn.tjlib.warehouse.validation.Severity;
import cn.tjlib.warehouse.validation.ValidationSubject;

import java.util.List;
import java.util.Objects;

/**
 * One rule of a profile: a stable id, the standard it follows, the check it applies to a field, how
 * serious a failure is, and what to tell the cataloguer in Chinese and English.
 */
record Rule(String id, Field field, Check check, Severity severity, String standard, String messageZh,
            String messageEn) {
    Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(field, "field of " + id);
        Objects.requireNonNull(check, "check of " + id);
        Objects.requireNonNull(severity, "severity of " + id);
        requireText(standard, "standard", id);
        requireText(messageZh, "zh", id);
        requireText(messageEn, "en", id);
    }

    /** Adds a finding to {@code findings} for each value the check rejects. */
    void apply(ValidationSubject subject, List<Finding> findings) {
        check.apply(subject, field, (fieldName, value, suggestion) -> findings.add(
                new Finding(id, severity, fieldName, value, messageZh, messageEn, suggestion)));
    }

    private static void requireText(String value, String key, String id) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("rule " + id + " needs " + key);
        }
    }
}
