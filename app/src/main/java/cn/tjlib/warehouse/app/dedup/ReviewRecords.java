package cn.tjlib.warehouse.app.dedup;

import cn.tjlib.warehouse.ingest.ReviewPair;
import cn.tjlib.warehouse.ingest.ReviewSide;
import cn.tjlib.warehouse.raw.JdbcRawRecordStore;
import cn.tjlib.warehouse.record.CanonicalRecord;
import cn.tjlib.warehouse.record.Creator;
import cn.tjlib.warehouse.record.Identifier;
import cn.tjlib.warehouse.record.OaiDcParser;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the records behind the pairs of the review queue, so that staff see what each library
 * catalogued (creators, publisher, date, identifiers), not only the titles the queue holds. The record
 * is read again from the stored harvested XML with the ingest's own oai_dc parser.
 */
final class ReviewRecords {
    private final JdbcRawRecordStore raw;
    private final JdbcSourceRegistry sources;
    private final OaiDcParser parser = new OaiDcParser();

    ReviewRecords(JdbcRawRecordStore raw, JdbcSourceRegistry sources) {
        this.raw = raw;
        this.sources = sources;
    }

    List<ReviewPairView> views(List<ReviewPair> pairs) {
        Map<String, String> names = sources.all().stream().collect(Collectors.toMap(Source::code, Source::name, (a, b) -> a));
        return pairs.stream().map(p -> new ReviewPairView(p, view(p.left(), names), view(p.right(), names))).toList();
    }

    private ReviewSideView view(ReviewSide side, Map<String, String> names) {
        String name = names.getOrDefault(side.library(), side.library());
        Optional<String> xml = raw.metadataXml(side.library(), side.oaiIdentifier());
        if (xml.isEmpty()) {
            return titleOnly(side, name, "原始记录已不存在 / the harvested record is gone");
        }
        CanonicalRecord r;
        try {
            r = parser.parse(side.library(), side.oaiIdentifier(), xml.get());
        } catch (RuntimeException e) {
            return titleOnly(side, name, "记录无法读取 / the record cannot be read: " + e.getMessage());
        }
        return new ReviewSideView(side, name, r.title().orElse(side.title()), r.creators().stream().map(ReviewRecords::creator).toList(),
                r.publishers(), String.join("; ", r.dates()), r.identifiers().stream().map(ReviewRecords::identifier).toList(),
                r.types(), null);
    }

    private static ReviewSideView titleOnly(ReviewSide side, String name, String problem) {
        return new ReviewSideView(side, name, side.title(), List.of(), List.of(), "", List.of(), List.of(), problem);
    }

    private static String creator(Creator c) {
        return c.role() == null || c.role().isBlank() ? c.name() : c.name() + "（" + c.role() + "）";
    }

    private static String identifier(Identifier i) {
        return i.type() + " " + i.value();
    }
}
