package cn.tjlib.warehouse.schemas.validation.rule;

import cn.tjlib.warehouse.validation.ValidationSubject;

/** The field must have at least one non-blank value (必备元素). */
final class Required implements Check {

    @Override
    public void apply(ValidationSubject subject, Field field, Violations out) {
        if (field == Field.ALL_TEXT) {
            throw new IllegalArgumentException("required needs one field, not *");
        }
        if (!field.present(subject)) {
            out.report(field.fieldName(), "", "");
        }
    }
}
