package cn.tjlib.warehouse.oai.record;

import cn.tjlib.warehouse.catalogue.FieldProvenance;
import cn.tjlib.warehouse.catalogue.Holding;
import cn.tjlib.warehouse.record.CanonicalRecord;
import cn.tjlib.warehouse.record.Creator;
import cn.tjlib.warehouse.record.Identifier;
import cn.tjlib.warehouse.record.ResourceType;
import cn.tjlib.warehouse.record.Subject;
import cn.tjlib.warehouse.xml.XmlChars;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code tj_qdc}, the warehouse's own format (schema {@code tj_qdc.xsd} in the schemas module): qualified
 * DC where every value names the member library record it came from, every holding library is
 * listed, and a survivor of merges names the records merged into it. It publishes only what the
 * record's content hash covers (values, provenance, holdings by library and OAI identifier), so
 * the OAI datestamp still moves when, and only when, what this format shows changes; a holding's
 * own datestamp is left out for that reason.
 */
final class TjQdc implements MetadataCrosswalk {
    static final String PREFIX = "tj_qdc";
    static final String NAMESPACE = "https://tjdl.tjlib.cn/ns/tj_qdc/1.0/";
    static final String SCHEMA = "https://tjdl.tjlib.cn/ns/tj_qdc/1.0/tj_qdc.xsd";

    private final Map<String, String> libraryNames;

    TjQdc(Map<String, String> libraryNames) {
        this.libraryNames = Map.copyOf(libraryNames);
    }

    @Override
    public Description description() {
        return new Description(PREFIX, NAMESPACE, SCHEMA, true);
    }

    @Override
    public String xml(PublishedRecord published) {
        CanonicalRecord r = published.record().record();
        Sources sources = new Sources(published.provenance());
        StringBuilder xml = new StringBuilder(2048);
        xml.append("<qdc:record xmlns:qdc=\"").append(NAMESPACE).append('"')
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xsi:schemaLocation=\"").append(NAMESPACE).append(' ').append(SCHEMA).append("\">");
        r.titles().forEach(v -> element(xml, "title", "", v, sources.of("title", v)));
        for (Creator c : r.creators()) {
            element(xml, "creator", c.role().isEmpty() ? "" : attribute("role", c.role()), c.name(), sources.of("creator", c.name()));
        }
        for (Subject s : r.subjects()) {
            element(xml, "subject", attribute("scheme", s.scheme()), s.value(), sources.of("subject", s.value()));
        }
        r.descriptions().forEach(v -> element(xml, "description", "", v, sources.of("description", v)));
        r.publishers().forEach(v -> element(xml, "publisher", "", v, sources.of("publisher", v)));
        r.dates().forEach(v -> element(xml, "date", "", v, sources.of("date", v)));
        ResourceType type = published.record().type();
        element(xml, "type", attribute("code", type.code()) + attribute("dcmiType", type.dcmiType()), type.label(), "");
        r.formats().forEach(v -> element(xml, "format", "", v, sources.of("format", v)));
        for (Identifier i : r.identifiers()) {
            element(xml, "identifier", attribute("scheme", i.type().name()), i.value(), sources.of("identifier", i.value()));
        }
        r.languages().forEach(v -> element(xml, "language", "", v, sources.of("language", v)));
        r.relations().forEach(v -> element(xml, "relation", "", v, sources.of("relation", v)));
        r.rights().forEach(v -> element(xml, "rights", "", v, sources.of("rights", v)));
        for (Holding h : published.record().holdings()) {
            element(xml, "holding", attribute("library", h.library()) + attribute("oaiIdentifier", h.oaiIdentifier())
                    + attribute("sourceRecordId", h.sourceRecordId()), libraryNames.getOrDefault(h.library(), h.library()), "");
        }
        published.replaces().forEach(id -> element(xml, "replaces", "", id.toString(), ""));
        return xml.append("</qdc:record>").toString();
    }

    /** The provenance attributes of each (field, value); the first contributor wins, as in the composer. */
    private static final class Sources {
        private final Map<String, String> attributes = new HashMap<>();

        Sources(List<FieldProvenance> provenance) {
            for (FieldProvenance p : provenance) {
                attributes.putIfAbsent(p.field() + '\u0000' + p.value(), attribute("library", p.library())
                        + attribute("sourceRecordId", p.sourceRecordId())
                        + attribute("datestamp", p.datestamp().truncatedTo(ChronoUnit.SECONDS).toString()));
            }
        }

        String of(String field, String value) {
            return attributes.getOrDefault(field + '\u0000' + value, "");
        }
    }

    private static String attribute(String name, String value) {
        return ' ' + name + "=\"" + XmlChars.escape(value) + '"';
    }

    // a value that is blank once characters XML forbids are gone is left out: the schema wants text
    private static void element(StringBuilder xml, String name, String attributes, String value, String provenance) {
        String text = XmlChars.escape(value.strip());
        if (!text.isBlank()) {
            xml.append("<qdc:").append(name).append(attributes).append(provenance).append('>').append(text)
                    .append("</qdc:").append(name).append('>');
        }
    }
}
