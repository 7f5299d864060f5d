package cn.tjlib.warehouse.oai.record;

import cn.tjlib.warehouse.record.CanonicalRecord;
import cn.tjlib.warehouse.record.Creator;
import cn.tjlib.warehouse.record.Identifier;
import cn.tjlib.warehouse.record.ResourceType;
import cn.tjlib.warehouse.record.Subject;
import cn.tjlib.warehouse.xml.XmlChars;

import java.util.List;

/**
 * The {@code oai_dc} crosswalk of a unified record. Every value is written so that the network's
 * own oai_dc reader ({@code OaiDcParser}) reads it back to the same canonical value: creators as
 * "name role", CLC class numbers as bare numbers, ISBN/ISSN with their prefix, the type as the
 * network's Chinese label followed by the DCMI type.
 */
final class OaiDc implements MetadataCrosswalk {
    static final String PREFIX = "oai_dc";
    static final String NAMESPACE = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";

    @Override
    public Description description() {
        return new Description(PREFIX, NAMESPACE, SCHEMA, false);
    }

    @Override
    public String xml(PublishedRecord r) {
        return xml(r.record().record(), r.record().type());
    }

    static String xml(CanonicalRecord r, ResourceType type) {
        StringBuilder xml = new StringBuilder(1024);
        xml.append("<oai_dc:dc xmlns:oai_dc=\"").append(NAMESPACE)
                .append("\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xsi:schemaLocation=\"").append(NAMESPACE).append(' ').append(SCHEMA).append("\">");
        elements(xml, "title", r.titles());
        elements(xml, "creator", r.creators().stream().map(OaiDc::creator).toList());
        elements(xml, "subject", r.subjects().stream().map(Subject::value).toList());
        elements(xml, "description", r.descriptions());
        elements(xml, "publisher", r.publishers());
        elements(xml, "date", r.dates());
        elements(xml, "type", List.of(type.label(), type.dcmiType()));
        elements(xml, "format", r.formats());
        elements(xml, "identifier", r.identifiers().stream().map(OaiDc::identifier).filter(i -> !i.isEmpty()).toList());
        elements(xml, "language", r.languages());
        elements(xml, "relation", r.relations());
        elements(xml, "rights", r.rights());
        return xml.append("</oai_dc:dc>").toString();
    }

    private static String creator(Creator c) {
        return c.role().isEmpty() ? c.name() : c.name() + " " + c.role();
    }

    /** Empty for a library's local record number, which identifies nothing outside that library. */
    private static String identifier(Identifier i) {
        return switch (i.type()) {
            case ISBN -> "ISBN " + i.value();
            case ISSN -> "ISSN " + i.value();
            case CN, URI -> i.value();
            case LOCAL -> "";
        };
    }

    private static void elements(StringBuilder xml, String name, List<String> values) {
        for (String value : values) {
            String text = XmlChars.escape(value.strip());
            if (!text.isBlank()) {
                xml.append("<dc:").append(name).append('>').append(text).append("</dc:").append(name).append('>');
            }
        }
    }
}
