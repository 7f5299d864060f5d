package cn.tjlib.warehouse.search;

import cn.tjlib.warehouse.search.eval.EvaluationReport;
import cn.tjlib.warehouse.search.eval.JudgedQueries;
import cn.tjlib.warehouse.search.eval.JudgedQuery;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvaluationTest {
    @Test
    void readsTabSeparatedQueriesSkippingCommentsAndBlankLines() throws Exception {
        List<JudgedQuery> queries = JudgedQueries.read(new StringReader("# judged\n\n天津历史\ttjl:b000001\tnlc:b000002\n"));
        assertThat(queries).containsExactly(new JudgedQuery("天津历史", List.of("tjl:b000001", "nlc:b000002")));
    }

    @Test
    void rejectsAQueryWithoutRelevantRecordsNamingTheLine() {
        assertThatThrownBy(() -> JudgedQueries.read(new StringReader("# c\n天津\n")))
                .hasMessage("line 2: query '天津' lists no relevant record");
        assertThatThrownBy(() -> JudgedQueries.read(new StringReader("天津\tb000001\n")))
                .hasMessage("line 1: relevant record must be library:source-record-id, got 'b000001' for query '天津'");
    }

    @Test
    void meansReciprocalRanksAndNdcg() {
        EvaluationReport report = new EvaluationReport(List.of(
                new EvaluationReport.QueryResult("a", 1, 1, 1.0),
                new EvaluationReport.QueryResult("b", 2, 2, 0.5),
                new EvaluationReport.QueryResult("c", 1, 0, 0.0)));
        assertThat(report.mrr()).isEqualTo(0.5);
        assertThat(report.summary()).isEqualTo("mrr=0.500 ndcg10=0.500");
    }
}
