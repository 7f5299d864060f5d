package cn.tjlib.warehouse.dedup.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TitleNormaliserTest {
    private final TitleNormaliser normaliser = new TitleNormaliser();

    @Test
    void splitsTheSubtitleOffTheTitleProper() {
        NormalisedTitle t = normaliser.normalise("红楼梦：脂评汇校本");
        assertThat(t.mainKey()).isEqualTo("红楼梦");
        assertThat(t.fullKey()).isEqualTo("红楼梦脂评汇校本");
        assertThat(t.hasSubtitle()).isTrue();
    }

    @Test
    void takesOutVolumeEditionAndStatementOfResponsibility() {
        NormalisedTitle t = normaliser.normalise("中国通史 第2卷 第3版 / 白寿彝主编");
        assertThat(t.fullKey()).isEqualTo("中国通史");
        assertThat(t.volume()).isEqualTo("2");
        assertThat(t.edition()).isEqualTo("3");
    }

    @Test
    void setsBracketedAnnotationsApart() {
        NormalisedTitle t = normaliser.normalise("Index research (panel session): forest or trees?");
        assertThat(t.fullKey()).isEqualTo("indexresearchforestortrees");
        assertThat(t.annotations()).isEqualTo("panelsession");
    }

    @Test
    void treatsASpacedHyphenAsASubtitleSeparatorButNotAHyphenatedWord() {
        assertThat(normaliser.normalise("Mediator Languages - a Proposal").mainKey()).isEqualTo("mediatorlanguages");
        assertThat(normaliser.normalise("Merge-purge for large databases").hasSubtitle()).isFalse();
    }
}
