package cn.tjlib.warehouse.dedup;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The acceptance test: end to end over all 4,910 DBLP-ACM records (Köpcke, Thor, Rahm, PVLDB 2010). */
class DblpAcmEvaluationIT {
    // the module runs from /work/main/repository-core; the shared data sits beside the project
    private static final Path DATA = Path.of("../../shared/data/dblp-acm");

    @Test
    void clustersDblpAcmWithPairwiseF1OfAtLeast098() {
        assertThat(Files.isDirectory(DATA)).as("benchmark data at " + DATA.toAbsolutePath()).isTrue();

        EvaluationReport report = DedupEvaluation.evaluate(List.of(DATA.resolve("dblp.csv"), DATA.resolve("acm.csv")),
                DATA.resolve("gt.csv"), MatchSettings.defaults());

        System.out.println(report.summaryLine() + " completeness=" + report.pairCompleteness()
                + " candidates=" + report.candidatePairs() + " elapsed=" + report.elapsed());
        assertThat(report.records()).isEqualTo(4910);
        assertThat(report.goldPairs()).isEqualTo(2224);
        assertThat(report.pairCompleteness()).isGreaterThanOrEqualTo(0.99);
        assertThat(report.f1()).isGreaterThanOrEqualTo(0.98);
    }
}
