package cn.tjlib.warehouse.search.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseWordAnalyzerTest {
    private final ChineseWordAnalyzer analyzer = new ChineseWordAnalyzer();

    @Test
    void segmentsATitleIntoWords() {
        assertThat(Tokens.terms(analyzer, "天津历史文化研究")).containsExactly("天津", "历史", "文化", "研究");
    }

    @Test
    void foldsTraditionalToSimplifiedBeforeSegmenting() {
        assertThat(Tokens.terms(analyzer, "天津歷史文化")).containsExactly("天津", "历史", "文化");
    }

    @Test
    void foldsFullWidthLettersAndDropsPunctuation() {
        assertThat(Tokens.terms(analyzer, "ＪＡＶＡ编程（第２版）")).contains("java", "编程", "2").doesNotContain("(", "（");
    }

    @Test
    void stemsEnglishWords() {
        assertThat(Tokens.terms(analyzer, "Running libraries")).containsExactly("run", "librari");
    }

    @Test
    void analysesCorrectlyWhenSharedByManyThreads() throws Exception {
        var threads = new java.util.ArrayList<Thread>();
        var failures = new java.util.concurrent.ConcurrentLinkedQueue<String>();
        for (int t = 0; t < 8; t++) {
            threads.add(Thread.ofPlatform().name("analyzer-test-" + t).start(() -> {
                for (int i = 0; i < 200; i++) {
                    var terms = Tokens.terms(analyzer, "臺灣歷史研究");
                    if (!terms.equals(java.util.List.of("台湾", "历史", "研究"))) {
                        failures.add(terms.toString());
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
    }
}
