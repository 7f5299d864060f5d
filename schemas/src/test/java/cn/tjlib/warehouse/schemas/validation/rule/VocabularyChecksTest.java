package cn.tjlib.warehouse.schemas.validation.rule;

import cn.tjlib.warehouse.schemas.validation.ProfileValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VocabularyChecksTest {
    private static final StandardFiles FILES = StandardFiles.classpath(ProfileValidator.CLASSPATH_BASE);
    private static final Vocabularies VOCABULARIES = new Vocabularies(FILES);
    private static final ClcTree CLC = VOCABULARIES.get("vocab/clc-classes.txt.gz", ClcTree.class, ClcTree::parse);
    private static final LanguageCodes LANGUAGES =
            VOCABULARIES.get("vocab/languages.tsv", LanguageCodes.class, LanguageCodes::parse);

    @ParameterizedTest
    @CsvSource({"A,true", "TP,true", "TP311.13,true", "K928.912,true", "B82-05,true", "I247.5=2,true", "DF3,true",
            "TZ12,false", "L12,false", "W,false"})
    void knowsTheMainClassesOfClc(String number, boolean valid) {
        assertThat(CLC.hasValidLetters(number)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"K928.9,true", "K928.9999,true", "TP18,true", "K92.,true", "TB,true", "A9,false", "TP9,false"})
    void resolvesClassNumbersThroughTheirPrintedParents(String number, boolean resolves) {
        assertThat(CLC.resolves(number)).isEqualTo(resolves);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chi", "zho", "zh", "zh-CN", "zh_CN", "zh-Hans-CN", "eng", "en-US", "ger", "mnc", "und", "ＣＨＩ"})
    void acceptsIso639CodesAndBcp47Tags(String code) {
        assertThat(LANGUAGES.known(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx-unknown", "火星文", "chinese", "zh-", "c", "qqq"})
    void rejectsWhatIsNoLanguageCode(String code) {
        assertThat(LANGUAGES.known(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"锟斤拷", "天津\uFFFD", "æ–‡å­¦", "CafÃ©"})
    void seesMojibake(String value) {
        assertThat(new Mojibake(List.of("\uFFFD", "锟斤拷")).inspect(value)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"天津近代史", "天津近代史（第2版）", "Émile Zola", "Gödel, Escher, Bach", "臺灣", "Ａ１："})
    void leavesCleanTextAlone(String value) {
        assertThat(new Mojibake(List.of("\uFFFD", "锟斤拷")).inspect(value)).isEmpty();
        assertThat(new ControlCharacters().inspect(value)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"'天津\u0001近代史',天津近代史", "'天津\uFFFE',天津", "'a\u0085b',ab", "'x\uD800',x"})
    void suggestsTheValueWithoutControlCharacters(String value, String suggestion) {
        assertThat(new ControlCharacters().inspect(value)).contains(suggestion);
    }
}
