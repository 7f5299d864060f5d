package cn.tjlib.warehouse.harvest.protocol;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code <ListMetadataFormats>} and {@code <ListSets>} elements. An entry without its key
 * (a format without prefix, a set without setSpec) is skipped: it could never be asked for.
 */
final class DeclarationReader {
    private DeclarationReader() {
    }

    static List<MetadataFormat> formats(XMLStreamReader r) throws XMLStreamException {
        List<MetadataFormat> formats = new ArrayList<>();
        while (XmlEvents.nextChild(r)) {
            if (r.getLocalName().equals("metadataFormat")) {
                Map<String, String> f = fields(r);
                if (!f.getOrDefault("metadataPrefix", "").isEmpty()) {
                    formats.add(new MetadataFormat(f.get("metadataPrefix"), f.get("schema"), f.get("metadataNamespace")));
                }
            } else {
                XmlEvents.skipElement(r);
            }
        }
        return formats;
    }

    static ListSetsPage sets(XMLStreamReader r) throws XMLStreamException {
        List<OaiSet> sets = new ArrayList<>();
        ResumptionToken token = ResumptionToken.NONE;
        while (XmlEvents.nextChild(r)) {
            switch (r.getLocalName()) {
                case "set" -> {
                    Map<String, String> f = fields(r);
                    if (!f.getOrDefault("setSpec", "").isEmpty()) {
                        sets.add(new OaiSet(f.get("setSpec"), f.get("setName")));
                    }
                }
                case "resumptionToken" -> token = OaiResponseParser.token(r);
                default -> XmlEvents.skipElement(r);
            }
        }
        return new ListSetsPage(sets, token);
    }

    // the simple text children of one entry; structured ones (setDescription) are skipped
    private static Map<String, String> fields(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        while (XmlEvents.nextChild(r)) {
            String name = r.getLocalName();
            switch (name) {
                case "metadataPrefix", "schema", "metadataNamespace", "setSpec", "setName" ->
                        fields.putIfAbsent(name, ForbiddenChars.clean(r.getElementText()).text().strip());
                default -> XmlEvents.skipElement(r);
            }
        }
        return fields;
    }
}
