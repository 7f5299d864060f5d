package cn.tjlib.warehouse.schemas.validation;

import cn.tjlib.warehouse.record.ResourceType;
import cn.tjlib.warehouse.schemas.validation.rule.StandardFiles;
import cn.tjlib.warehouse.validation.Finding;
import cn.tjlib.warehouse.validation.ValidationSubject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule of every profile, each with a record that passes it and one that fails it. */
class EveryRuleTest {
    static final Clock IN_2025 = Clock.fixed(Instant.parse("2025-07-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final ProfileValidator VALIDATOR =
            ProfileValidator.load(StandardFiles.classpath(ProfileValidator.CLASSPATH_BASE), IN_2025);

    record Case(String ruleId, ValidationSubject passes, ValidationSubject fails) {
        @Override
        public String toString() {
            return ruleId;
        }
    }

    static Case rule(String ruleId, SampleRecord passes, SampleRecord fails) {
        return new Case(ruleId, passes.subject(), fails.subject());
    }

    static List<Case> cases() {
        SampleRecord book = SampleRecord.book();
        SampleRecord journal = SampleRecord.journal();
        return List.of(
                rule("TJV-PROV-OAI-ID", book, book.withOaiIdentifier("")),
                rule("TJV-PROV-DATESTAMP", book, book.withDatestamp(null)),
                rule("TJV-TITLE-REQUIRED", book, book.with("title")),
                rule("TJV-TITLE-PLACEHOLDER", book.with("title", "无题之诗"), book.with("title", "无题名")),
                rule("TJV-TITLE-LENGTH", book.with("title", "天".repeat(500)), book.with("title", "天".repeat(501))),
                rule("TJV-IDENTIFIER-REQUIRED", book, book.with("identifier")),
                rule("TJV-ISBN-CHECK-DIGIT", book.with("identifier", "7201088882"),
                        book.with("identifier", "ISBN 978-7-201-08888-5")),
                rule("TJV-ISBN-13", book, book.with("identifier", "ISBN 7-201-08888-2")),
                rule("TJV-ISSN-CHECK-DIGIT", journal, journal.with("identifier", "ISSN 1002-3977", "CN12-1001/C")),
                rule("TJV-CN-FORM", journal, journal.with("identifier", "ISSN 1002-3976", "CN99-1001/C")),
                rule("TJV-TYPE-REQUIRED", book, book.with("type")),
                rule("TJV-TYPE-CONTROLLED", book.with("type", "Text"), book.with("type", "善本")),
                rule("TJV-LANGUAGE-REQUIRED", book, book.with("language")),
                rule("TJV-LANGUAGE-CODE", book.with("language", "zh-CN"), book.with("language", "xx-unknown")),
                rule("TJV-LANGUAGE-NAME", book.with("language", "chi"), book.with("language", "中文")),
                rule("TJV-DATE-REQUIRED", book, book.with("date")),
                rule("TJV-DATE-W3CDTF", book.with("date", "2015-06-01"), book.with("date", "2015年6月")),
                rule("TJV-DATE-CALENDAR", book.with("date", "2026"), book.with("date", "2015-13-45")),
                rule("TJV-CLC-MAIN-CLASS", book.with("subject", "TP311.13", "AI"), book.with("subject", "TZ12")),
                rule("TJV-CLC-IN-TREE", book.with("subject", "K928.912"), book.with("subject", "A9")),
                rule("TJV-CREATOR-ROLE", book, book.with("creator", "张三著")),
                rule("TJV-DESCRIPTION-LENGTH", book.with("description", "文".repeat(10_000)),
                        book.with("description", "文".repeat(10_001))),
                rule("TJV-TEXT-MOJIBAKE", book.with("publisher", "Éditions Gallimard"),
                        book.with("publisher", "锟斤拷出版社")),
                new Case("TJV-TEXT-CONTROL-CHARS", book.subjectWithRawTitle("天津\t近代史"),
                        book.subjectWithRawTitle("天津\u0001近代史")),
                rule("TJV-CREATOR-REQUIRED", book, book.with("creator")),
                rule("TJV-BOOK-PUBLISHER", book, book.with("publisher")),
                rule("TJV-BOOK-ISBN", book, book.with("identifier", "https://opac.tjl.tj.cn/b000001")),
                rule("TJV-JOURNAL-PUBLISHER", journal, journal.with("publisher")),
                rule("TJV-JOURNAL-ISSN-CN", journal.with("identifier", "CN12-1001/C"), journal.with("identifier", "http://x.cn/j")),
                rule("TJV-NEWSPAPER-ISSN-CN", SampleRecord.ofType("报纸"), SampleRecord.ofType("报纸").with("identifier", "http://x.cn/n")),
                rule("TJV-THESIS-INSTITUTION", SampleRecord.ofType("学位论文"), SampleRecord.ofType("学位论文").with("publisher")),
                rule("TJV-LOCALDOC-IDENTIFIER", SampleRecord.ofType("地方文献").with("identifier", "津内资准字 2019-001"),
                        SampleRecord.ofType("地方文献")),
                rule("TJV-GOVINFO-PUBLISHER", SampleRecord.ofType("政府信息"), SampleRecord.ofType("政府信息").with("publisher")),
                rule("TJV-AUDIO-FORMAT", SampleRecord.ofType("音频"), SampleRecord.ofType("音频").with("format")),
                rule("TJV-VIDEO-FORMAT", SampleRecord.ofType("视频"), SampleRecord.ofType("视频").with("format")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleFindsTheFlawAndOnlyTheFlaw(Case c) {
        assertThat(ruleIds(c.fails())).as("failing record").contains(c.ruleId());
        assertThat(ruleIds(c.passes())).as("passing record").doesNotContain(c.ruleId());
    }

    @Test
    void everyRuleInEveryProfileHasACase() {
        var inProfiles = Arrays.stream(ResourceType.values()).flatMap(t -> VALIDATOR.ruleIds(t).stream())
                .collect(Collectors.toCollection(TreeSet::new));
        var tested = cases().stream().map(Case::ruleId).collect(Collectors.toCollection(TreeSet::new));
        assertThat(tested).isEqualTo(inProfiles);
    }

    static List<String> ruleIds(ValidationSubject subject) {
        return VALIDATOR.validate(subject).findings().stream().map(Finding::ruleId).toList();
    }
}
