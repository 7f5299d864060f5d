package cn.tjlib.warehouse.schemas.validation.rule;

import cn.tjlib.warehouse.record.Subject;
import cn.tjlib.warehouse.validation.ValidationSubject;

/**
 * Every CLC class number must start with one of the 22 main classes, or T's two-letter subclasses (中图法 5th ed.).
 * Letters alone ({@code AI}, {@code UI}) are keywords the parser took for class numbers, not mistyped classes:
 * only values with a number are judged.
 */
final class ClcTopClass implements Check {
    private final ClcTree tree;

    ClcTopClass(ClcTree tree) {
        this.tree = tree;
    }

    @Override
    public void apply(ValidationSubject subject, Field field, Violations out) {
        for (Subject s : subject.record().subjects()) {
            if (s.isClc() && hasNumber(s.value()) && !tree.hasValidLetters(s.value())) {
                out.report(field.fieldName(), s.value(), "");
            }
        }
    }

    private static boolean hasNumber(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= '0' && value.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }
}
