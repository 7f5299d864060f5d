package cn.tjlib.warehouse.search.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The tokens one analyzer gave for one value: each term and its position increment, read once
 * and then replayed into the value's own field and counted into the combined free-text field
 * ({@link FreeTextTerms}), so that no value is analysed twice.
 */
final class AnalyzedValue {
    private final String[] terms;
    private final int[] increments;
    private final int size;

    private AnalyzedValue(String[] terms, int[] increments, int size) {
        this.terms = terms;
        this.increments = increments;
        this.size = size;
    }

    /** The tokens of {@code value} as {@code analyzer} analyses it for {@code field}. */
    static AnalyzedValue of(Analyzer analyzer, String field, String value) {
        String[] terms = new String[8];
        int[] increments = new int[8];
        int n = 0;
        try (TokenStream stream = analyzer.tokenStream(field, value)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (n == terms.length) {
                    terms = Arrays.copyOf(terms, n * 2);
                    increments = Arrays.copyOf(increments, n * 2);
                }
                terms[n] = term.toString();
                increments[n] = increment.getPositionIncrement();
                n++;
            }
            stream.end();
        } catch (IOException e) {
            // analysis reads from a String: nothing here does I/O
            throw new UncheckedIOException("cannot analyse a value of " + field, e);
        }
        return new AnalyzedValue(terms, increments, n);
    }

    int size() {
        return size;
    }

    String term(int i) {
        return terms[i];
    }

    /**
     * The value's length as Lucene's BM25 counts it for a field's norm: tokens that start a new
     * position (a bigram stacked on its unigram does not).
     */
    int length() {
        int length = 0;
        for (int i = 0; i < size; i++) {
            if (increments[i] > 0) {
                length++;
            }
        }
        return length;
    }

    /**
     * The tokens again, as the value of indexed field {@code name}. NOTE: the field replays them
     * through the stream the index writer hands back for reuse (one per field and writer thread),
     * not a new stream per value: building a stream's attributes cost more than replaying a title.
     */
    Field field(String name, FieldType type) {
        return new Field(name, type) {
            @Override
            public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                Replay replay = reuse instanceof Replay r ? r : new Replay();
                replay.value = AnalyzedValue.this;
                return replay;
            }
        };
    }

    /** Replays the tokens of whichever value it was last given. */
    private static final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private AnalyzedValue value;
        private int next;

        @Override
        public boolean incrementToken() {
            if (next >= value.size) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(value.terms[next]);
            increment.setPositionIncrement(value.increments[next]);
            next++;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
