package cn.tjlib.warehouse.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The tokens an analyzer makes of a text, as terms or as "term@start-end". */
final class Tokens {
    private Tokens() {
    }

    static List<String> terms(Analyzer analyzer, String text) {
        return tokens(analyzer, text, false);
    }

    static List<String> withOffsets(Analyzer analyzer, String text) {
        return tokens(analyzer, text, true);
    }

    private static List<String> tokens(Analyzer analyzer, String text, boolean offsets) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(offsets ? term + "@" + offset.startOffset() + "-" + offset.endOffset() : term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
