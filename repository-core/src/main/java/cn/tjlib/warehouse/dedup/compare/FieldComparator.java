package cn.tjlib.warehouse.dedup.compare;

import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;

import java.util.OptionalDouble;

/** How alike two records are in one field, from 0 to 1; empty when either record lacks the field. */
public interface FieldComparator {
    OptionalDouble similarity(PreparedRecord a, PreparedRecord b);
}
