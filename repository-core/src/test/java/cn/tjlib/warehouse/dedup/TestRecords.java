package cn.tjlib.warehouse.dedup;

import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;
import cn.tjlib.warehouse.record.Identifier;
import cn.tjlib.warehouse.record.IdentifierType;
import cn.tjlib.warehouse.record.ResourceType;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Builds match records for tests and prepares them as the engine would. */
public final class TestRecords {
    private String id = "1";
    private String source = "tjl";
    private String title = "";
    private List<String> creators = List.of();
    private String venue = "";
    private OptionalInt year = OptionalInt.empty();
    private final List<Identifier> identifiers = new ArrayList<>();
    private ResourceType type = ResourceType.OTHER;

    private TestRecords() {
    }

    public static TestRecords book(String title) {
        TestRecords b = new TestRecords();
        b.title = title;
        return b;
    }

    public TestRecords id(String v) { id = v; return this; }
    public TestRecords source(String v) { source = v; return this; }
    public TestRecords creators(String... v) { creators = List.of(v); return this; }
    public TestRecords venue(String v) { venue = v; return this; }
    public TestRecords year(int v) { year = OptionalInt.of(v); return this; }
    public TestRecords isbn(String v) { identifiers.add(new Identifier(IdentifierType.ISBN, v)); return this; }
    public TestRecords type(ResourceType v) { type = v; return this; }

    public MatchRecord build() {
        return new MatchRecord(id, source, title, creators, venue, year, identifiers, type, "", "");
    }

    /** The record normalised, as record {@code index} of source {@code sourceNumber}. */
    public PreparedRecord prepared(int index, int sourceNumber) {
        return new RecordPreparer().prepare(build(), index, sourceNumber);
    }

    public PreparedRecord prepared() {
        return prepared(0, 0);
    }
}
