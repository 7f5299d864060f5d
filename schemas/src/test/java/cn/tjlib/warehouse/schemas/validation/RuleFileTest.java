package cn.tjlib.warehouse.schemas.validation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleFileTest {

    @Test
    void readsIncludesExcludesAndRuleSectionsSkippingComments() {
        RuleFile file = RuleFile.parse("x.profile", List.of(
                "# comment", "include = common.rules", "exclude = TJV-A", "",
                "[TJV-B]", "field = title", "# inside", "max = 5"));

        assertThat(file.includes()).containsExactly("common.rules");
        assertThat(file.excludes()).containsExactly("TJV-A");
        assertThat(file.rules()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("TJV-B");
            assertThat(r.line()).isEqualTo(5);
            assertThat(r.keys()).isEqualTo(Map.of("field", "title", "max", "5"));
        });
    }

    @Test
    void keepsEverythingAfterTheFirstEqualsSignInAValue() {
        RuleFile file = RuleFile.parse("x.rules", List.of("[TJV-B]", "en = a = b"));

        assertThat(file.rules().getFirst().keys()).containsEntry("en", "a = b");
    }

    @Test
    void rejectsALineThatIsNeitherSectionNorKeyValue() {
        assertThatThrownBy(() -> RuleFile.parse("x.rules", List.of("[TJV-B]", "field title")))
                .hasMessage("x.rules:2: expected [RULE-ID] or key = value, got 'field title'");
    }

    @Test
    void rejectsAKeyGivenTwiceInOneRule() {
        assertThatThrownBy(() -> RuleFile.parse("x.rules", List.of("[TJV-B]", "max = 1", "max = 2")))
                .hasMessage("x.rules:3: max given twice in [TJV-B]");
    }

    @Test
    void rejectsRuleKeysBeforeTheFirstRule() {
        assertThatThrownBy(() -> RuleFile.parse("x.rules", List.of("field = title")))
                .hasMessageContaining("x.rules:1: before the first rule only include and exclude are allowed");
    }

    @Test
    void rejectsLowerCaseRuleIds() {
        assertThatThrownBy(() -> RuleFile.parse("x.rules", List.of("[tjv-b]")))
                .hasMessageContaining("x.rules:1: expected [RULE-ID]");
    }
}
