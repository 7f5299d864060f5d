package cn.tjlib.warehouse.search.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FreeTextTermsTest {
    private final Analyzer analyzer = CatalogueFields.indexAnalyzer();

    @AfterEach
    void close() {
        analyzer.close();
    }

    @Test
    void termInTheTitleWeighsMoreThanTheSameTermInThePublisher() {
        FreeTextTerms inTitle = terms(CatalogueFields.TITLE, "天津历史");
        FreeTextTerms inPublisher = terms(CatalogueFields.PUBLISHER, "天津历史");
        assertThat(weights(inTitle).get("天津")).isGreaterThan(2 * weights(inPublisher).get("天津"));
    }

    @Test
    void termOfAShortTitleWeighsMoreThanOfALongOne() {
        int shortTitle = weights(terms(CatalogueFields.TITLE, "天津历史")).get("历史");
        int longTitle = weights(terms(CatalogueFields.TITLE, "天津近代城市建设与社会生活历史资料汇编")).get("历史");
        assertThat(shortTitle).isGreaterThan(longTitle);
    }

    @Test
    void termInSeveralFieldsAddsATenthOfTheOthersToItsBestField() {
        FreeTextTerms both = new FreeTextTerms();
        add(both, CatalogueFields.TITLE, "天津历史");
        add(both, CatalogueFields.PUBLISHER, "天津人民出版社");
        Map<String, Integer> weights = weights(both);
        int titleOnly = weights(terms(CatalogueFields.TITLE, "天津历史")).get("天津");
        assertThat(weights.get("天津")).isGreaterThan(titleOnly).isLessThan(titleOnly * 12 / 10);
        assertThat(weights).containsKeys("历史", "出版社", "出版", "版"); // words, bigrams and unigrams
    }

    @Test
    void rejectsAFieldThatIsNotFreeText() {
        assertThatThrownBy(() -> new FreeTextTerms().add(CatalogueFields.TITLE_PINYIN,
                AnalyzedValue.of(analyzer, CatalogueFields.TITLE_PINYIN, "天津")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private FreeTextTerms terms(String element, String value) {
        FreeTextTerms terms = new FreeTextTerms();
        add(terms, element, value);
        return terms;
    }

    private void add(FreeTextTerms terms, String element, String value) {
        String words = CatalogueFields.words(element);
        String bigrams = CatalogueFields.bigrams(element);
        terms.add(words, AnalyzedValue.of(analyzer, words, value));
        terms.add(bigrams, AnalyzedValue.of(analyzer, bigrams, value));
    }

    /** Each term and its weight, as the free-text field hands them to the index writer. */
    private static Map<String, Integer> weights(FreeTextTerms terms) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        try (TokenStream stream = terms.field(CatalogueFields.FREE_TEXT, TextField.TYPE_NOT_STORED).tokenStream(null, null)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TermFrequencyAttribute frequency = stream.addAttribute(TermFrequencyAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                weights.put(term.toString(), frequency.getTermFrequency());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return weights;
    }
}
