package cn.tjlib.warehouse.harvest.protocol;

import cn.tjlib.warehouse.raw.HarvestedRecord;
import cn.tjlib.warehouse.record.OaiDcValues;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one {@code <record>} of a list response. A record the warehouse cannot accept as sent
 * (forbidden characters, no metadata, a bad datestamp) is returned rejected with the reason; only a
 * record without an identifier, which could not be stored under any key, is reported as unreadable.
 */
final class RecordReader {
    private final XMLStreamReader r;
    private final List<String> problems = new ArrayList<>();
    private String identifier = "";
    private String datestamp;
    private final List<String> setSpecs = new ArrayList<>();
    private boolean deleted;
    private String metadataXml;
    private OaiDcValues oaiDc;

    private RecordReader(XMLStreamReader reader) {
        this.r = reader;
    }

    /** Reads the record whose start tag the reader is on; adds to {@code unreadable} and returns null if it has no identifier. */
    static HarvestedRecord read(XMLStreamReader reader, List<String> unreadable) throws XMLStreamException {
        return new RecordReader(reader).read(unreadable);
    }

    private HarvestedRecord read(List<String> unreadable) throws XMLStreamException {
        while (XmlEvents.nextChild(r)) {
            switch (r.getLocalName()) {
                case "header" -> header();
                case "metadata" -> metadata();
                default -> XmlEvents.skipElement(r); // <about> containers are not stored
            }
        }
        try {
            return build();
        } catch (IllegalArgumentException e) {
            unreadable.add(e.getMessage());
            return null;
        }
    }

    private void header() throws XMLStreamException {
        deleted = "deleted".equals(XmlEvents.attribute(r, "status"));
        while (XmlEvents.nextChild(r)) {
            String name = r.getLocalName();
            switch (name) {
                case "identifier" -> identifier = text(name).strip();
                case "datestamp" -> datestamp = text(name).strip();
                case "setSpec" -> setSpecs.add(text(name).strip());
                default -> XmlEvents.skipElement(r);
            }
        }
    }

    private void metadata() throws XMLStreamException {
        if (XmlEvents.nextChild(r)) {
            MetadataWriter writer = new MetadataWriter(r, problems);
            metadataXml = writer.write();
            oaiDc = writer.oaiDc().orElse(null);
            while (XmlEvents.nextChild(r)) {
                problems.add("metadata has more than one root element (<" + r.getLocalName() + "> ignored)");
                XmlEvents.skipElement(r);
            }
        }
    }

    private String text(String element) throws XMLStreamException {
        ForbiddenChars.Cleaned cleaned = ForbiddenChars.clean(r.getElementText());
        cleaned.removed().forEach(cp -> problems.add(element + " contains character " + ForbiddenChars.name(cp) + " forbidden in XML"));
        return cleaned.text();
    }

    private HarvestedRecord build() {
        if (identifier.isEmpty()) {
            throw new IllegalArgumentException("a record without an identifier (datestamp " + datestamp + ") cannot be stored");
        }
        Instant when = Datestamps.parse(datestamp).orElse(null);
        if (when == null) {
            problems.add("datestamp '" + datestamp + "' is not an OAI-PMH UTC datestamp");
            when = Instant.EPOCH; // stored only as a rejected record, whose reason says the datestamp was unusable
        }
        if (deleted) {
            return new HarvestedRecord(identifier, when, setSpecs, true, null, null);
        }
        if (metadataXml == null) {
            problems.add("record has no metadata and is not marked deleted");
        }
        if (problems.isEmpty()) {
            return HarvestedRecord.of(identifier, when, setSpecs, metadataXml, oaiDc);
        }
        return HarvestedRecord.rejected(identifier, when, setSpecs, metadataXml, String.join("; ", problems) + "; record rejected");
    }
}
