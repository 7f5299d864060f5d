package cn.tjlib.warehouse.schemas.validation.rule;

import cn.tjlib.warehouse.record.Creator;
import cn.tjlib.warehouse.validation.ValidationSubject;

/**
 * dc:creator should hold the name alone: GB/T 25100-2010 has no place for the role word (著, 主编, 译)
 * that CNMARC keeps in a separate subfield (701 $4). The parser has already split the word off, so any
 * creator with a role had it in dc:creator, fused ({@code 张三著}) or spaced ({@code 张三 著}) alike.
 */
final class RoleInCreator implements Check {

    @Override
    public void apply(ValidationSubject subject, Field field, Violations out) {
        for (Creator c : subject.record().creators()) {
            if (!c.role().isEmpty()) {
                out.report(field.fieldName(), Field.asCatalogued(c), c.name());
            }
        }
    }
}
