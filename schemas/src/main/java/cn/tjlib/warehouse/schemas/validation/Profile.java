package cn.tjlib.warehouse.schemas.validation;

import cn.tjlib.warehouse.validation.Finding;
import cn.tjlib.warehouse.validation.ValidationReport;
import cn.tjlib.warehouse.validation.ValidationSubject;

import java.util.ArrayList;
import java.util.List;

/** The rules one resource type is checked against, in file order. */
record Profile(String name, List<Rule> rules) {
    Profile {
        rules = List.copyOf(rules);
    }

    ValidationReport validate(ValidationSubject subject) {
        List<Finding> findings = new ArrayList<>(4);
        for (Rule rule : rules) {
            rule.apply(subject, findings);
        }
        return new ValidationReport(name, findings);
    }
}
