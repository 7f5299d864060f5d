package cn.tjlib.warehouse.dedup;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Pairwise quality of one end-to-end run against gold pairs: precision and recall of the pairs the
 * clusters imply, blocking pair completeness (gold pairs blocking proposed / gold pairs) and the cost.
 */
public record EvaluationReport(int records, long goldPairs, long predictedPairs, long truePositives,
                               long candidatePairs, long goldPairsInCandidates, Duration elapsed) {
    public EvaluationReport {
        Objects.requireNonNull(elapsed, "elapsed");
    }

    public double precision() {
        return predictedPairs == 0 ? 0.0 : (double) truePositives / predictedPairs;
    }

    public double recall() {
        return goldPairs == 0 ? 0.0 : (double) truePositives / goldPairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
    }

    public double pairCompleteness() {
        return goldPairs == 0 ? 0.0 : (double) goldPairsInCandidates / goldPairs;
    }

    /** The last line the evaluation prints: {@code precision=… recall=… f1=…}. */
    public String summaryLine() {
        return String.format(Locale.ROOT, "precision=%.4f recall=%.4f f1=%.4f", precision(), recall(), f1());
    }
}
