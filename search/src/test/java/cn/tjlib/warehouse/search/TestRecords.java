package cn.tjlib.warehouse.search;

import cn.tjlib.warehouse.catalogue.Holding;
import cn.tjlib.warehouse.catalogue.UnifiedRecord;
import cn.tjlib.warehouse.record.CanonicalRecord;
import cn.tjlib.warehouse.record.ResourceType;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/** Unified records for tests: books held by one library. */
final class TestRecords {
    static final Instant NOW = Instant.parse("2024-05-01T00:00:00Z");
    static final String LIBRARY = "TJL";

    private TestRecords() {
    }

    static UnifiedRecord book(long id, String title) {
        return book(id, title, b -> b);
    }

    static UnifiedRecord book(long id, String title, UnaryOperator<CanonicalRecord.Builder> details) {
        CanonicalRecord record = details.apply(CanonicalRecord.builder(LIBRARY, "r" + id).title(title)).build();
        Holding holding = new Holding(LIBRARY, "oai:tjl:r" + id, "r" + id, NOW);
        return new UnifiedRecord(id, NOW, false, ResourceType.BOOK, record, List.of(holding), List.of(LIBRARY));
    }

    static UnifiedRecord deleted(long id) {
        return new UnifiedRecord(id, NOW, true, ResourceType.BOOK, null, List.of(), List.of(LIBRARY));
    }
}
