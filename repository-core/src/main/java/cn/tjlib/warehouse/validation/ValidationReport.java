package cn.tjlib.warehouse.validation;

import java.util.List;

/** Everything the profile found in one record; a record with no error may be published. */
public record ValidationReport(String profile, List<Finding> findings) {
    public ValidationReport {
        if (profile == null || profile.isBlank()) {
            throw new IllegalArgumentException("a report names the profile that produced it");
        }
        findings = List.copyOf(findings);
    }

    public boolean publishable() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }
}
