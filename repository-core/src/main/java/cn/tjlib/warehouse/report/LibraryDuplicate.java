package cn.tjlib.warehouse.report;

/** Two published records of one library that look like the same edition (same ISBN-13 and title key): a warning to the library. */
public record LibraryDuplicate(String ruleId, String firstIdentifier, String secondIdentifier, String isbn) {
    /** The rule id under which the network reports a library's own duplicates. */
    public static final String RULE = "TJV-LIBRARY-DUPLICATE";
}
