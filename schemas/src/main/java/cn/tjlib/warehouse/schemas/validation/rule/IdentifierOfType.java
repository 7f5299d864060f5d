package cn.tjlib.warehouse.schemas.validation.rule;

import cn.tjlib.warehouse.record.Identifier;
import cn.tjlib.warehouse.record.IdentifierType;
import cn.tjlib.warehouse.validation.ValidationSubject;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The record must carry an identifier of one of the given types, e.g. an ISSN or a CN number for a journal. */
final class IdentifierOfType implements Check {
    private final Set<IdentifierType> types;

    IdentifierOfType(List<String> typeNames) {
        if (typeNames.isEmpty()) {
            throw new IllegalArgumentException("identifier-of-type needs types, e.g. types = ISSN, CN");
        }
        this.types = typeNames.stream().map(IdentifierOfType::type).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void apply(ValidationSubject subject, Field field, Violations out) {
        for (Identifier id : subject.record().identifiers()) {
            if (types.contains(id.type())) {
                return;
            }
        }
        out.report(field.fieldName(), "", "");
    }

    private static IdentifierType type(String name) {
        try {
            return IdentifierType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("identifier-of-type: unknown type '" + name + "'; known: "
                    + List.of(IdentifierType.values()), e);
        }
    }
}
