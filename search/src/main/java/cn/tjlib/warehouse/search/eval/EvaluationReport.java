package cn.tjlib.warehouse.search.eval;

import java.util.List;
import java.util.Locale;

/** The outcome of a judged query set: each query's scores, and the means. */
public record EvaluationReport(List<QueryResult> queries) {
    public EvaluationReport {
        queries = List.copyOf(queries);
    }

    /**
     * One query's outcome: how many unified records are relevant, the rank of the first relevant
     * hit (0 if none was found), and its nDCG@10.
     */
    public record QueryResult(String query, int relevant, int firstRelevantRank, double ndcg10) {
        public double reciprocalRank() {
            return firstRelevantRank == 0 ? 0 : 1.0 / firstRelevantRank;
        }
    }

    public double mrr() {
        return queries.stream().mapToDouble(QueryResult::reciprocalRank).average().orElse(0);
    }

    public double ndcg10() {
        return queries.stream().mapToDouble(QueryResult::ndcg10).average().orElse(0);
    }

    /** The summary line: {@code mrr=0.953 ndcg10=0.917}. */
    public String summary() {
        return String.format(Locale.ROOT, "mrr=%.3f ndcg10=%.3f", mrr(), ndcg10());
    }
}
