package cn.tjlib.warehouse.harvest.protocol;

import cn.tjlib.warehouse.record.OaiDcValues;
import cn.tjlib.warehouse.xml.XmlChars;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Serialises one element subtree (a record's metadata) as a standalone XML string. Namespaces the
 * subtree uses but inherits from the OAI envelope are declared on its root, and only those, so the
 * stored text does not change when a repository changes its envelope. Comments and processing
 * instructions are dropped; forbidden characters, marked by {@link ForbiddenChars}, are removed
 * and reported through {@code problems}. The oai_dc values are collected on the way ({@link #oaiDc()}), so that
 * the warehouse need not parse the text again.
 */
final class MetadataWriter {
    private final XMLStreamReader r;
    private final List<String> problems;
    private final StringBuilder out = new StringBuilder(1024);
    private final Deque<Map<String, String>> scopes = new ArrayDeque<>();
    private final Deque<String> names = new ArrayDeque<>();
    private final Map<String, String> inherited = new LinkedHashMap<>();
    private final OaiDcValues.Collector dc = new OaiDcValues.Collector();
    private boolean startTagOpen;

    MetadataWriter(XMLStreamReader reader, List<String> problems) {
        this.r = reader;
        this.problems = problems;
    }

    /** Writes the subtree whose start tag the reader is on, leaving the reader on its end tag. */
    String write() throws XMLStreamException {
        int rootNameEnd = startElement();
        while (!scopes.isEmpty()) {
            switch (r.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    closeStartTag();
                    startElement();
                }
                case XMLStreamConstants.END_ELEMENT -> endElement();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    closeStartTag();
                    String text = clean(r.getText(), names.peek());
                    dc.text(text);
                    out.append(XmlChars.escape(text));
                }
                default -> { } // comments and processing instructions are not metadata
            }
        }
        out.insert(rootNameEnd, declarations(inherited));
        return out.toString();
    }

    /** The oai_dc values of the subtree written, if it is plain oai_dc; call after {@link #write()}. */
    Optional<OaiDcValues> oaiDc() {
        return dc.values();
    }

    private int startElement() {
        dc.start(r.getNamespaceURI(), r.getLocalName());
        String name = qualified(r.getPrefix(), r.getLocalName());
        names.push(r.getLocalName());
        out.append('<').append(name);
        int nameEnd = out.length();
        Map<String, String> declared = new LinkedHashMap<>();
        for (int i = 0; i < r.getNamespaceCount(); i++) {
            declared.put(nullToEmpty(r.getNamespacePrefix(i)), nullToEmpty(r.getNamespaceURI(i)));
        }
        out.append(declarations(declared));
        scopes.push(declared);
        need(r.getPrefix(), r.getNamespaceURI());
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String prefix = nullToEmpty(r.getAttributePrefix(i));
            if (!prefix.isEmpty()) {
                need(prefix, r.getAttributeNamespace(i));
            }
            String value = clean(r.getAttributeValue(i), r.getLocalName() + "/@" + r.getAttributeLocalName(i));
            out.append(' ').append(qualified(prefix, r.getAttributeLocalName(i)))
                    .append("=\"").append(escapeAttribute(value)).append('"');
        }
        startTagOpen = true;
        return nameEnd;
    }

    private void endElement() {
        dc.end();
        if (startTagOpen) {
            out.append("/>");
            startTagOpen = false;
        } else {
            out.append("</").append(qualified(r.getPrefix(), r.getLocalName())).append('>');
        }
        scopes.pop();
        names.pop();
    }

    private void closeStartTag() {
        if (startTagOpen) {
            out.append('>');
            startTagOpen = false;
        }
    }

    // a prefix bound outside the subtree must be declared on its root for the text to stand alone
    private void need(String prefix, String uri) {
        String p = nullToEmpty(prefix);
        String u = nullToEmpty(uri);
        if (XMLConstants.XML_NS_PREFIX.equals(p) || (p.isEmpty() && u.isEmpty())) {
            return;
        }
        for (Map<String, String> scope : scopes) {
            if (scope.containsKey(p)) {
                return;
            }
        }
        inherited.putIfAbsent(p, u);
    }

    private String clean(String text, String where) {
        ForbiddenChars.Cleaned cleaned = ForbiddenChars.clean(text);
        for (int cp : cleaned.removed()) {
            problems.add(where + " contains character " + ForbiddenChars.name(cp) + " forbidden in XML");
        }
        return cleaned.text();
    }

    private static String declarations(Map<String, String> bindings) {
        StringBuilder s = new StringBuilder();
        bindings.forEach((prefix, uri) -> s.append(prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix)
                .append("=\"").append(escapeAttribute(uri)).append('"'));
        return s.toString();
    }

    private static String escapeAttribute(String value) {
        // literal tabs and line breaks in an attribute would be normalised to spaces when re-read
        return XmlChars.escape(value).replace("\t", "&#9;").replace("\n", "&#10;").replace("\r", "&#13;");
    }

    private static String qualified(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
