package cn.tjlib.warehouse.app.cli;

import cn.tjlib.warehouse.app.search.DemoCatalogueEvaluation;
import cn.tjlib.warehouse.search.eval.EvaluationReport;
import cn.tjlib.warehouse.search.eval.JudgedQueries;
import cn.tjlib.warehouse.search.eval.JudgedQuery;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./warehouse eval-search --queries FILE [--verbose]}: measures search quality on judged
 * queries (TSV: query, then relevant {@code library:source-record-id}s); the last line is
 * {@code mrr=… ndcg10=…}.
 */
@Component
class EvalSearchCommand implements WarehouseCommand {
    private final DemoCatalogueEvaluation evaluation;

    EvalSearchCommand(DemoCatalogueEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    @Override
    public String name() {
        return "eval-search";
    }

    @Override
    public String usage() {
        return "eval-search --queries FILE [--verbose]  measure search quality (MRR, nDCG@10) on judged queries";
    }

    @Override
    public int run(List<String> args) {
        Path file = null;
        boolean verbose = false;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--queries" -> file = i + 1 < args.size() ? Path.of(args.get(++i)) : null;
                case "--verbose" -> verbose = true;
                default -> {
                    System.err.println("unknown argument '" + args.get(i) + "'; usage: " + usage());
                    return 2;
                }
            }
        }
        if (file == null) {
            System.err.println("usage: " + usage());
            return 2;
        }
        List<JudgedQuery> queries;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            queries = JudgedQueries.read(in);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        EvaluationReport report = evaluation.evaluate(queries);
        for (EvaluationReport.QueryResult r : report.queries()) {
            if (verbose || r.firstRelevantRank() != 1) {
                System.err.printf(Locale.ROOT, "rank %3d  ndcg10 %.3f  relevant %2d  %s%n", r.firstRelevantRank(), r.ndcg10(),
                        r.relevant(), r.query());
            }
        }
        System.err.printf("%d queries%n", report.queries().size());
        System.out.println(report.summary());
        return 0;
    }
}
