package cn.tjlib.warehouse.report;

import java.time.Instant;
import java.util.List;

/**
 * What a member library must know about its records: how many were harvested, published,
 * quarantined (validation errors) and rejected (unreadable); the findings by rule with the change
 * since the previous harvest; the failing records; and the library's own duplicates (a warning: they
 * are reported, never merged).
 */
public record LibraryReport(String library, String libraryName, Instant generatedAt, long harvested, long published,
                            long quarantined, long rejected, long deleted, List<RuleCount> rules, List<FailingRecord> failures,
                            long failureCount, Instant previousSnapshotAt, List<LibraryDuplicate> duplicates) {
    public LibraryReport {
        rules = List.copyOf(rules);
        failures = List.copyOf(failures);
        duplicates = List.copyOf(duplicates);
    }
}
