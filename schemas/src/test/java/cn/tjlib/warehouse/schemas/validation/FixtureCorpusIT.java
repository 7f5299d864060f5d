package cn.tjlib.warehouse.schemas.validation;

import cn.tjlib.warehouse.fixtures.FlawKind;
import cn.tjlib.warehouse.validation.Finding;
import cn.tjlib.warehouse.validation.Severity;
import cn.tjlib.warehouse.validation.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The acceptance test: on the fixtures' ~20,000 records every planted flaw is an error, and clean records have none. */
class FixtureCorpusIT {
    // the rule that must report each kind of flaw as an error
    private static final Map<FlawKind, Set<String>> RULES_FOR_FLAW = Map.of(
            FlawKind.MISSING_TITLE, Set.of("TJV-TITLE-REQUIRED"),
            FlawKind.BAD_ISBN_CHECK_DIGIT, Set.of("TJV-ISBN-CHECK-DIGIT"),
            FlawKind.IMPOSSIBLE_DATE, Set.of("TJV-DATE-CALENDAR"),
            FlawKind.UNKNOWN_LANGUAGE, Set.of("TJV-LANGUAGE-CODE"),
            // rejected by the parser as ill-formed XML; if a lenient reader let it through, this rule catches it
            FlawKind.INVALID_XML_CHAR, Set.of("TJV-TEXT-CONTROL-CHARS"));

    private static final List<String> missedFlaws = new ArrayList<>();
    private static final List<String> errorsOnCleanRecords = new ArrayList<>();
    private static final Map<String, Integer> findingsByRule = new TreeMap<>();
    private static int records;
    private static int flawed;

    @BeforeAll
    static void validateTheCorpus() {
        ProfileValidator validator = ProfileValidator.loadDefault();
        FixtureCorpus.demo().forEach(entry -> {
            records++;
            entry.flaw().ifPresent(f -> flawed++);
            if (entry.subject().isEmpty()) {
                if (entry.flaw().orElse(null) != FlawKind.INVALID_XML_CHAR) {
                    (entry.flaw().isPresent() ? missedFlaws : errorsOnCleanRecords).add(entry.oaiIdentifier() + " did not parse");
                }
                return;
            }
            ValidationReport report = validator.validate(entry.subject().get());
            report.findings().forEach(f -> findingsByRule.merge(f.ruleId() + " " + f.severity(), 1, Integer::sum));
            judge(entry, report);
        });
        System.out.printf("validated %d records, %d flawed; findings by rule: %s%n", records, flawed, findingsByRule);
    }

    private static void judge(FixtureCorpus.Entry entry, ValidationReport report) {
        if (entry.flaw().isEmpty()) {
            report.errors().forEach(e -> errorsOnCleanRecords.add(entry.oaiIdentifier() + " " + describe(e)));
            return;
        }
        Set<String> expected = RULES_FOR_FLAW.get(entry.flaw().get());
        boolean found = report.errors().stream().anyMatch(e -> expected.contains(e.ruleId()));
        if (!found) {
            missedFlaws.add(entry.oaiIdentifier() + " " + entry.flaw().get() + " findings: " + report.findings());
        }
    }

    private static String describe(Finding f) {
        return f.ruleId() + " " + f.field() + "='" + f.value() + "'";
    }

    @Test
    void validatesTheWholeDemoCorpus() {
        assertThat(records).isGreaterThanOrEqualTo(20_000);
        assertThat(flawed).isGreaterThan(500);
    }

    @Test
    void findsEveryPlantedFlawAsAnError() {
        assertThat(missedFlaws).isEmpty();
    }

    @Test
    void raisesNoErrorOnACleanRecord() {
        assertThat(errorsOnCleanRecords).isEmpty();
    }

    @Test
    void reportsGeneratorVariationsAsWarnings() {
        assertThat(findingsByRule).containsKeys("TJV-ISBN-13 WARNING", "TJV-DATE-W3CDTF WARNING", "TJV-CREATOR-ROLE WARNING");
        assertThat(findingsByRule.keySet()).noneMatch(k -> k.endsWith(Severity.ERROR.name())
                && !k.startsWith("TJV-TITLE-REQUIRED") && !k.startsWith("TJV-ISBN-CHECK-DIGIT")
                && !k.startsWith("TJV-DATE-CALENDAR") && !k.startsWith("TJV-LANGUAGE-CODE"));
    }
}
