package cn.tjlib.warehouse.report;

/** One finding on one record, as a library's cataloguer needs it to fix the record. */
public record FailingRecord(String oaiIdentifier, String title, String status, String ruleId, String severity, String field,
                            String value, String messageZh, String messageEn, String suggestion) {
}
