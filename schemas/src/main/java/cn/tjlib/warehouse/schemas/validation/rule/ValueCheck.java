package cn.tjlib.warehouse.schemas.validation.rule;

import cn.tjlib.warehouse.validation.ValidationSubject;

import java.util.Optional;

/** A check that judges each value of the field on its own. */
abstract class ValueCheck implements Check {

    @Override
    public final void apply(ValidationSubject subject, Field field, Violations out) {
        field.forEachValue(subject, (name, value) -> inspect(value)
                .ifPresent(suggestion -> out.report(name, value, suggestion)));
    }

    /** Returns the suggested fix (possibly empty) if the value fails, or nothing if it passes. */
    abstract Optional<String> inspect(String value);
}
