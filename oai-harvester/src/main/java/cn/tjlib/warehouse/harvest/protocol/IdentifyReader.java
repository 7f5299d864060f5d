package cn.tjlib.warehouse.harvest.protocol;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.HashMap;
import java.util.Map;

/** Reads the {@code <Identify>} element: only the fields a harvest needs. */
final class IdentifyReader {
    private IdentifyReader() {
    }

    static Identify read(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        while (XmlEvents.nextChild(r)) {
            String name = r.getLocalName();
            switch (name) {
                case "repositoryName", "protocolVersion", "earliestDatestamp", "deletedRecord", "granularity" ->
                        fields.putIfAbsent(name, ForbiddenChars.clean(r.getElementText()).text().strip());
                default -> XmlEvents.skipElement(r);
            }
        }
        return new Identify(fields.get("repositoryName"), fields.get("protocolVersion"),
                Datestamps.parse(fields.get("earliestDatestamp")).orElse(null), fields.get("deletedRecord"),
                Granularity.parse(fields.get("granularity")));
    }
}
