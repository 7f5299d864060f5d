package cn.tjlib.warehouse.report;

/** How many current records of a library break one rule, with the rule's message; {@code previous} is the count at the last snapshot (-1 if none). */
public record RuleCount(String ruleId, String severity, String field, String messageZh, String messageEn, long records,
                        long previous) {
}
