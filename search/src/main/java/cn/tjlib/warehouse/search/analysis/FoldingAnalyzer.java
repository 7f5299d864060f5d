package cn.tjlib.warehouse.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.util.CloseableThreadLocal;

import java.io.Reader;

/** An analyzer whose input is folded by {@link HanFolding} before it is tokenised. */
abstract class FoldingAnalyzer extends Analyzer {
    // NOTE: per thread, for its reading buffers (see HanFolding).
    private final CloseableThreadLocal<HanFolding> folding = new CloseableThreadLocal<>() {
        @Override
        protected HanFolding initialValue() {
            return new HanFolding();
        }
    };

    @Override
    protected final Reader initReader(String fieldName, Reader reader) {
        return new FoldingCharFilter(reader, folding.get());
    }

    @Override
    protected final Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new FoldingCharFilter(reader, folding.get());
    }

    @Override
    public void close() {
        folding.close();
        super.close();
    }
}
