package cn.tjlib.warehouse.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class LastSegmentationTokenizerTest {
    private static final List<String> TEXTS = List.of("天津历史文化研究", "中华人民共和国", "Java编程思想 第4版",
            "天津历史文化研究", "，。", "", "鲁迅全集（第一卷）", "鲁迅全集（第一卷）");

    @Test
    void givesTheWordsAndOffsetsOfSmartcnsSegmenterForNewAndRepeatedTexts() {
        Analyzer remembering = analyzer(LastSegmentationTokenizer::new);
        Analyzer smartcn = analyzer(HMMChineseTokenizer::new);
        for (String text : TEXTS) {
            assertThat(Tokens.withOffsets(remembering, text)).as(text).isEqualTo(Tokens.withOffsets(smartcn, text));
        }
    }

    @Test
    void replaysTheLastTextForAnotherAnalyzerOnTheSameThread() {
        // a title is segmented for its word field and then for its pinyin field
        assertThat(Tokens.terms(new ChineseWordAnalyzer(), "天津歷史")).containsExactly("天津", "历史");
        assertThat(Tokens.terms(PinyinAnalyzer.forIndexing(), "天津歷史")).containsExactly("tianjin", "tj", "lishi", "ls");
        assertThat(Tokens.terms(new ChineseWordAnalyzer(), "北京地理")).containsExactly("北京", "地理");
    }

    @Test
    void correctsOffsetsBackToTheUnfoldedText() {
        // the ligature ﬁ folds to two letters, so later offsets shift by one
        assertThat(Tokens.withOffsets(new ChineseWordAnalyzer(), "ﬁle 歷史")).containsExactly("file@0-3", "历史@4-6");
    }

    private static Analyzer analyzer(Supplier<Tokenizer> tokenizer) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(tokenizer.get());
            }
        };
    }
}
