package cn.tjlib.warehouse.schemas.validation.rule;

import cn.tjlib.warehouse.record.Subject;
import cn.tjlib.warehouse.validation.ValidationSubject;

/**
 * Every CLC class number with a valid main class should resolve in the 中图法 tree, itself or through a
 * printed parent; one that does not is probably mistyped. Bad main classes are {@link ClcTopClass}'s finding.
 */
final class ClcInTree implements Check {
    private final ClcTree tree;

    ClcInTree(ClcTree tree) {
        this.tree = tree;
    }

    @Override
    public void apply(ValidationSubject subject, Field field, Violations out) {
        for (Subject s : subject.record().subjects()) {
            if (s.isClc() && tree.hasValidLetters(s.value()) && !tree.resolves(s.value())) {
                out.report(field.fieldName(), s.value(), "");
            }
        }
    }
}
