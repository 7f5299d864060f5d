package cn.tjlib.warehouse.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Dublin Core element values of an {@code oai_dc} metadata element, in document order, as
 * {@link OaiDcParser} would read them from its serialised text: collected by the harvester while it serialises
 * a record, so that the warehouse need not parse that text a second time ({@link OaiDcParser#read}).
 */
public record OaiDcValues(List<Value> values) {
    public OaiDcValues {
        values = List.copyOf(values);
    }

    /** One element's text, not yet stripped (the parser strips it, as it does what it reads). */
    public record Value(String element, String text) {
    }

    /**
     * Collects the values from element events (start tag, text, end tag) of one metadata element. Where only a
     * parse of the text could say what happens (the root is not {@code oai_dc:dc}, or a Dublin Core element has
     * child elements, which the parser refuses as malformed), it collects nothing and the text is parsed.
     */
    public static final class Collector {
        private final List<Value> values = new ArrayList<>();
        private int depth;
        private boolean usable = true;
        private String element;
        private StringBuilder text;

        public void start(String namespace, String localName) {
            if (depth++ == 0) {
                usable = OaiDcParser.OAI_DC_NS.equals(namespace) && "dc".equals(localName);
            } else if (text != null) {
                usable = false;
            } else if (OaiDcParser.DC_NS.equals(namespace)) {
                element = localName;
                text = new StringBuilder();
            }
        }

        /** Character data as it will be written (forbidden characters already removed). */
        public void text(String s) {
            if (text != null) {
                text.append(s);
            }
        }

        public void end() {
            depth--;
            if (text != null) {
                values.add(new Value(element, lineEnds(text)));
                text = null;
            }
        }

        /** The values, if the element was read completely and plainly. */
        public Optional<OaiDcValues> values() {
            return usable && depth == 0 && text == null ? Optional.of(new OaiDcValues(values)) : Optional.empty();
        }

        // the text is written with carriage returns as they are, and a parser reads "\r\n" and "\r" as "\n"
        private static String lineEnds(StringBuilder s) {
            String t = s.toString();
            return t.indexOf('\r') < 0 ? t : t.replace("\r\n", "\n").replace('\r', '\n');
        }
    }
}
