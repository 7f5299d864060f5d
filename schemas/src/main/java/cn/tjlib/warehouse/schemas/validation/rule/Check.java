package cn.tjlib.warehouse.schemas.validation.rule;

import cn.tjlib.warehouse.validation.ValidationSubject;

/**
 * One named test a rule applies to a field of a record, e.g. {@code isbn-check-digit}; it compiles its
 * parameters and vocabularies once and is then shared by every thread.
 */
public interface Check {
    /** Reports every value of {@code field} in {@code subject} that fails the test; reports nothing if all pass. */
    void apply(ValidationSubject subject, Field field, Violations out);
}
