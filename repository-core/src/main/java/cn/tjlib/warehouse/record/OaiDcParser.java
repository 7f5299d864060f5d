package cn.tjlib.warehouse.record;

import cn.tjlib.warehouse.xml.MalformedXmlException;
import cn.tjlib.warehouse.xml.SafeXml;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;

/**
 * Reads an {@code oai_dc} metadata element (the {@code <oai_dc:dc>} subtree of an OAI-PMH record)
 * into a {@link CanonicalRecord}. Values are classified (identifier types, CLC subjects, creator
 * roles) but not corrected: correcting is validation's job, which reports what it changed.
 */
public final class OaiDcParser {
    public static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    public static final String OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/";

    // one factory, and so one reused reader, per thread: a parser is shared by the threads of several harvests
    private final ThreadLocal<XMLInputFactory> factories = ThreadLocal.withInitial(SafeXml::reusingInputFactory);

    /** Parses {@code xml}; throws {@link RecordParseException} naming the problem when it is not oai_dc. */
    public CanonicalRecord parse(String sourceLibrary, String sourceRecordId, String xml) {
        CanonicalRecord.Builder b = CanonicalRecord.builder(sourceLibrary, sourceRecordId);
        XMLStreamReader r = SafeXml.reader(factories.get(), new StringReader(xml));
        try {
            boolean sawRoot = false;
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (!sawRoot) {
                    if (!OAI_DC_NS.equals(r.getNamespaceURI()) || !"dc".equals(r.getLocalName())) {
                        throw new RecordParseException("expected <oai_dc:dc>, found <" + r.getName() + ">");
                    }
                    sawRoot = true;
                } else if (DC_NS.equals(r.getNamespaceURI())) {
                    String element = r.getLocalName();
                    String value = r.getElementText().strip();
                    if (!value.isEmpty()) {
                        add(b, element, value);
                    }
                }
            }
            if (!sawRoot) {
                throw new RecordParseException("no <oai_dc:dc> element in metadata");
            }
            return b.build();
        } catch (XMLStreamException e) {
            throw new MalformedXmlException("malformed oai_dc in " + sourceRecordId + ": " + e.getMessage(), e);
        } finally {
            close(r);
        }
    }

    /** Builds the record from values collected while the metadata was serialised: the same record {@link #parse} gives. */
    public CanonicalRecord read(String sourceLibrary, String sourceRecordId, OaiDcValues dc) {
        CanonicalRecord.Builder b = CanonicalRecord.builder(sourceLibrary, sourceRecordId);
        for (OaiDcValues.Value v : dc.values()) {
            String value = v.text().strip();
            if (!value.isEmpty()) {
                add(b, v.element(), value);
            }
        }
        return b.build();
    }

    private static void add(CanonicalRecord.Builder b, String element, String value) {
        switch (element) {
            case "title" -> b.title(value);
            case "creator", "contributor" -> b.creator(CreatorRoles.split(value));
            case "subject" -> b.subject(ValueClassifier.subject(value));
            case "publisher" -> b.publisher(value);
            case "date" -> b.date(value);
            case "type" -> b.type(value);
            case "format" -> b.format(value);
            case "identifier" -> b.identifier(ValueClassifier.identifier(value));
            case "language" -> b.language(value);
            case "description" -> b.description(value);
            case "rights" -> b.rights(value);
            case "relation", "source" -> b.relation(value);
            default -> { } // coverage is not part of the canonical model yet
        }
    }

    private static void close(XMLStreamReader r) {
        try {
            r.close();
        } catch (XMLStreamException ignored) {
            // nothing to release: the reader wraps a String (closing marks it free for the next record)
        }
    }
}
