package cn.tjlib.warehouse.bench;

import cn.tjlib.warehouse.fixtures.generate.RecordGenerator;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Pairwise precision, recall and F1 of the stored clusters against the works the demo generator drew the
 * records from: two records are a true pair when they are copies of one work. Pairs within one library count
 * in the gold set too, although a library's own duplicates are never merged, so recall stays a little under 1.
 */
final class ClusterQuality {
    private ClusterQuality() {
    }

    static void print(DataSource ds, RecordGenerator generator) {
        Map<String, String> workOf = new HashMap<>();
        generator.records().forEach(g -> workOf.put(g.oaiIdentifier(), g.workId()));
        Map<Long, Integer> clusterSizes = new HashMap<>();
        Map<String, Integer> workSizes = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        new JdbcTemplate(ds).query("select m.unified_id, r.oai_identifier from unified_member m join raw_record r on r.id = m.raw_record_id",
                (java.sql.ResultSet rs) -> {
                    long cluster = rs.getLong(1);
                    String work = workOf.get(rs.getString(2));
                    clusterSizes.merge(cluster, 1, Integer::sum);
                    workSizes.merge(work, 1, Integer::sum);
                    both.merge(cluster + "|" + work, 1, Integer::sum);
                });
        long predicted = pairs(clusterSizes.values());
        long gold = pairs(workSizes.values());
        long right = pairs(both.values());
        double precision = predicted == 0 ? 1 : (double) right / predicted;
        double recall = gold == 0 ? 1 : (double) right / gold;
        System.out.printf("clusters against the generator's works: predicted pairs=%,d gold pairs=%,d true positives=%,d "
                + "precision=%.4f recall=%.4f f1=%.4f%n", predicted, gold, right, precision, recall, 2 * precision * recall / (precision + recall));
    }

    private static long pairs(Collection<Integer> sizes) {
        return sizes.stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
    }
}
