package cn.tjlib.warehouse.schemas.validation.rule;

/** Where a {@link Check} reports an offending value; the rule adds its id, severity and messages. */
@FunctionalInterface
public interface Violations {
    /** Reports {@code value} of {@code field} with a suggested fix, empty when there is none. */
    void report(String field, String value, String suggestion);
}
