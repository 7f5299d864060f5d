package cn.tjlib.warehouse.dedup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Measures the engine end to end on a labelled benchmark: {@code --records A.csv [--records B.csv …]
 * --gold G.csv}. Each records file is one source (a single file: every record its own source); gold
 * pairs name an id of the first file and one of the second (or of the first again). Prints the
 * measures and ends with the line {@code precision=… recall=… f1=…}.
 */
public final class DedupEvaluation {
    private DedupEvaluation() {
    }

    public static void main(String[] args) {
        List<Path> recordFiles = new ArrayList<>();
        Path gold = null;
        for (int k = 0; k + 1 < args.length; k += 2) {
            switch (args[k]) {
                case "--records" -> recordFiles.add(Path.of(args[k + 1]));
                case "--gold" -> gold = Path.of(args[k + 1]);
                default -> throw new IllegalArgumentException("unknown option '" + args[k] + "'");
            }
        }
        if (recordFiles.isEmpty() || gold == null || args.length % 2 != 0) {
            System.err.println("usage: DedupEvaluation --records A.csv [--records B.csv ...] --gold G.csv");
            System.exit(2);
        }
        EvaluationReport report = evaluate(recordFiles, gold, MatchSettings.defaults());
        print(report);
    }

    /** Runs blocking, matching and clustering over every record of the files and scores the clusters. */
    public static EvaluationReport evaluate(List<Path> recordFiles, Path gold, MatchSettings settings) {
        Benchmark benchmark = Benchmark.load(recordFiles, gold);
        Deduplicator deduplicator = new Deduplicator(settings);
        long start = System.nanoTime();
        List<CandidatePair> candidates = deduplicator.candidates(benchmark.records());
        List<Cluster> clusters = deduplicator.cluster(benchmark.records());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Set<String> candidateKeys = new HashSet<>();
        candidates.forEach(c -> benchmark.pairKey(c.left(), c.right()).ifPresent(candidateKeys::add));
        Set<String> predicted = benchmark.predictedPairs(clusters);
        long truePositives = predicted.stream().filter(benchmark.gold()::contains).count();
        long goldInCandidates = benchmark.gold().stream().filter(candidateKeys::contains).count();
        return new EvaluationReport(benchmark.records().size(), benchmark.gold().size(), predicted.size(),
                truePositives, candidates.size(), goldInCandidates, elapsed);
    }

    private static void print(EvaluationReport r) {
        System.out.printf(Locale.ROOT, "records=%d gold pairs=%d%n", r.records(), r.goldPairs());
        System.out.printf(Locale.ROOT, "candidate pairs=%d blocking pair completeness=%.4f%n",
                r.candidatePairs(), r.pairCompleteness());
        System.out.printf(Locale.ROOT, "predicted pairs=%d true positives=%d elapsed=%d ms%n",
                r.predictedPairs(), r.truePositives(), r.elapsed().toMillis());
        System.out.println(r.summaryLine());
    }
}
