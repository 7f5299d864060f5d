package cn.tjlib.warehouse.schemas.validation;

import cn.tjlib.warehouse.record.CanonicalRecord;
import cn.tjlib.warehouse.record.OaiDcParser;
import cn.tjlib.warehouse.validation.ValidationSubject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A clean record of one type, written as oai_dc and read by the real parser, so that identifier
 * typing and creator-role splitting happen exactly as in production. Each {@code with…} returns a copy.
 */
final class SampleRecord {
    static final Instant DATESTAMP = Instant.parse("2024-03-01T08:00:00Z");

    private final Map<String, List<String>> elements;
    private final Instant datestamp;
    private final String oaiIdentifier;

    private SampleRecord(Map<String, List<String>> elements, Instant datestamp, String oaiIdentifier) {
        this.elements = elements;
        this.datestamp = datestamp;
        this.oaiIdentifier = oaiIdentifier;
    }

    static SampleRecord book() {
        return new SampleRecord(new LinkedHashMap<>(), DATESTAMP, "oai:tjl.tjlib.cn:b000001")
                .with("title", "天津近代史")
                .with("creator", "张三")
                .with("subject", "K29", "天津")
                .with("description", "本书系统介绍了天津近代历史。")
                .with("publisher", "天津人民出版社")
                .with("date", "2015-06")
                .with("type", "图书")
                .with("format", "300页 ; 21cm")
                .with("identifier", "ISBN 978-7-201-08888-4")
                .with("language", "chi");
    }

    static SampleRecord journal() {
        return book().with("title", "天津社会科学").with("creator", "天津社会科学编辑部")
                .with("type", "期刊").with("identifier", "ISSN 1002-3976", "CN12-1001/C");
    }

    static SampleRecord ofType(String type) {
        return switch (type) {
            case "期刊" -> journal();
            case "报纸" -> journal().with("title", "天津日报").with("type", "报纸");
            case "地方文献" -> book().with("type", "地方文献").with("identifier");
            case "视频" -> book().with("type", "视频").with("format", "video/mp4")
                    .with("identifier", "https://open.tjlib.cn/lecture/w0000001");
            default -> book().with("type", type);
        };
    }

    /** A copy with the element's values replaced; no values removes the element. */
    SampleRecord with(String element, String... values) {
        Map<String, List<String>> copy = new LinkedHashMap<>(elements);
        copy.put(element, List.of(values));
        return new SampleRecord(copy, datestamp, oaiIdentifier);
    }

    /** A copy with one more value of the element. */
    SampleRecord plus(String element, String value) {
        List<String> values = new ArrayList<>(elements.getOrDefault(element, List.of()));
        values.add(value);
        return with(element, values.toArray(String[]::new));
    }

    SampleRecord withDatestamp(Instant newDatestamp) {
        return new SampleRecord(elements, newDatestamp, oaiIdentifier);
    }

    SampleRecord withOaiIdentifier(String newOaiIdentifier) {
        return new SampleRecord(elements, datestamp, newOaiIdentifier);
    }

    String xml() {
        StringBuilder out = new StringBuilder("<oai_dc:dc xmlns:oai_dc=\"" + OaiDcParser.OAI_DC_NS
                + "\" xmlns:dc=\"" + OaiDcParser.DC_NS + "\">");
        elements.forEach((element, values) -> values.forEach(v -> out.append("<dc:").append(element).append('>')
                .append(v.replace("&", "&amp;").replace("<", "&lt;")).append("</dc:").append(element).append('>')));
        return out.append("</oai_dc:dc>").toString();
    }

    ValidationSubject subject() {
        String xml = xml();
        return new ValidationSubject(new OaiDcParser().parse("tjl", "b000001", xml), oaiIdentifier, datestamp, xml);
    }

    /**
     * The subject with its title replaced after parsing, for characters XML cannot carry (U+0001):
     * what a harvester that repaired nothing and parsed leniently would hand on.
     */
    ValidationSubject subjectWithRawTitle(String title) {
        CanonicalRecord r = subject().record();
        CanonicalRecord raw = new CanonicalRecord(r.sourceLibrary(), r.sourceRecordId(), List.of(title), r.creators(),
                r.subjects(), r.publishers(), r.dates(), r.types(), r.formats(), r.identifiers(), r.languages(),
                r.descriptions(), r.rights(), r.relations());
        return new ValidationSubject(raw, oaiIdentifier, datestamp, xml());
    }
}
