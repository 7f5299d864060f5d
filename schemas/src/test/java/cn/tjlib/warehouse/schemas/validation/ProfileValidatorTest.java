package cn.tjlib.warehouse.schemas.validation;

import cn.tjlib.warehouse.record.ResourceType;
import cn.tjlib.warehouse.validation.Finding;
import cn.tjlib.warehouse.validation.Severity;
import cn.tjlib.warehouse.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfileValidatorTest {
    private static final ProfileValidator VALIDATOR = EveryRuleTest.VALIDATOR;

    @ParameterizedTest
    @CsvSource({"图书,book", "期刊,journal", "报纸,newspaper", "学位论文,thesis", "地方文献,localdoc",
            "政府信息公开,govinfo", "有声读物,audio", "公开课,video", "善本,other"})
    void checksEachRecordAgainstTheProfileOfItsType(String type, String profile) {
        ValidationReport report = VALIDATOR.validate(SampleRecord.ofType(type).subject());

        assertThat(report.profile()).isEqualTo(profile);
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void cleanBookHasNoFindingsAtAll() {
        assertThat(VALIDATOR.validate(SampleRecord.book().subject()).findings()).isEmpty();
    }

    @Test
    void findingCarriesRuleSeverityFieldValueMessagesAndSuggestion() {
        Finding f = VALIDATOR.validate(SampleRecord.book().with("date", "2015.6").subject()).findings().getFirst();

        assertThat(f.ruleId()).isEqualTo("TJV-DATE-W3CDTF");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.field()).isEqualTo("date");
        assertThat(f.value()).isEqualTo("2015.6");
        assertThat(f.messageZh()).contains("W3CDTF");
        assertThat(f.messageEn()).contains("W3CDTF");
        assertThat(f.suggestion()).isEqualTo("2015-06");
    }

    @Test
    void badIsbnCheckDigitSuggestsTheCorrectedIsbn13() {
        ValidationReport report = VALIDATOR.validate(SampleRecord.book().with("identifier", "ISBN 7-201-08888-3").subject());

        assertThat(report.publishable()).isFalse();
        assertThat(report.errors()).extracting(Finding::suggestion).containsExactly("ISBN 978-7-201-08888-4");
    }

    @Test
    void textProfilesRequireACreatorButAudioAndVideoDoNot() {
        assertThat(VALIDATOR.ruleIds(ResourceType.BOOK)).contains("TJV-CREATOR-REQUIRED", "TJV-BOOK-ISBN");
        assertThat(VALIDATOR.ruleIds(ResourceType.VIDEO)).doesNotContain("TJV-CREATOR-REQUIRED", "TJV-BOOK-ISBN");
        assertThat(VALIDATOR.ruleIds(ResourceType.LOCAL_DOCUMENT))
                .contains("TJV-LOCALDOC-IDENTIFIER").doesNotContain("TJV-IDENTIFIER-REQUIRED");
    }

    @Test
    void rulesVersionIsStableAcrossLoads() {
        assertThat(VALIDATOR.rulesVersion()).matches("[0-9a-f]{16}")
                .isEqualTo(ProfileValidator.loadDefault().rulesVersion());
    }

    @Test
    void editedProfileDirectoryChangesRulesAndVersion(@TempDir Path dir) throws IOException {
        copyShippedFiles(dir);
        Path common = dir.resolve("profiles/common.rules");
        Files.writeString(common, Files.readString(common).replace("max      = 500", "max      = 4"));

        ProfileValidator edited = ProfileValidator.load(dir, EveryRuleTest.IN_2025);

        assertThat(edited.rulesVersion()).isNotEqualTo(VALIDATOR.rulesVersion());
        assertThat(edited.validate(SampleRecord.book().subject()).findings())
                .extracting(Finding::ruleId).containsExactly("TJV-TITLE-LENGTH");
    }

    @Test
    void mistakeInARuleFileIsReportedWithFileLineAndRule(@TempDir Path dir) throws IOException {
        copyShippedFiles(dir);
        Path book = dir.resolve("profiles/book.profile");
        Files.writeString(book, Files.readString(book).replace("check    = required", "check    = requierd"));

        assertThatThrownBy(() -> ProfileValidator.load(dir, EveryRuleTest.IN_2025))
                .hasMessageContaining("profiles/book.profile:4 [TJV-BOOK-PUBLISHER]: unknown check 'requierd'");
    }

    static void copyShippedFiles(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("profiles"));
        Files.createDirectories(dir.resolve("vocab"));
        for (String name : List.of("common.rules", "text.rules", "book.profile", "journal.profile", "newspaper.profile",
                "thesis.profile", "localdoc.profile", "govinfo.profile", "audio.profile", "video.profile", "other.profile")) {
            copy("profiles/" + name, dir);
        }
        for (String name : List.of("clc-classes.txt.gz", "languages.tsv", "language-names.tsv", "types.tsv")) {
            copy("vocab/" + name, dir);
        }
    }

    private static void copy(String name, Path dir) throws IOException {
        try (InputStream in = ProfileValidatorTest.class.getClassLoader()
                .getResourceAsStream(ProfileValidator.CLASSPATH_BASE + "/" + name)) {
            Files.copy(in, dir.resolve(name));
        }
    }
}
