package cn.tjlib.warehouse.harvest.protocol;

import cn.tjlib.warehouse.xml.MalformedXmlException;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The {@code <OAI-PMH>} element of a response: the verb's content or the errors it reports. */
record Envelope<T>(T body, List<OaiError> errors) {
    Envelope {
        errors = List.copyOf(errors);
    }

    static <T> Envelope<T> read(XMLStreamReader r, String verb, OaiResponseParser.Body<T> body) throws XMLStreamException {
        toRoot(r);
        T content = null;
        List<OaiError> errors = new ArrayList<>();
        while (XmlEvents.nextChild(r)) {
            String name = r.getLocalName();
            if (name.equals("error")) {
                String code = XmlEvents.attribute(r, "code");
                errors.add(new OaiError(code == null ? "" : code, ForbiddenChars.clean(r.getElementText()).text().strip()));
            } else if (name.equals(verb)) {
                content = body.read(r);
            } else {
                XmlEvents.skipElement(r);
            }
        }
        return new Envelope<>(content, errors);
    }

    /** True when every error has this code, e.g. noRecordsMatch: an empty answer rather than a failure. */
    boolean only(String code) {
        return errors.stream().allMatch(e -> e.code().equals(code));
    }

    OaiErrorException toException() {
        OaiError first = errors.stream().filter(e -> !e.code().equals("noRecordsMatch")).findFirst().orElse(errors.get(0));
        String all = errors.stream().map(e -> e.code() + (e.message().isEmpty() ? "" : " (" + e.message() + ")"))
                .collect(Collectors.joining(", "));
        return new OaiErrorException(first.code(), "OAI-PMH error " + all);
    }

    private static void toRoot(XMLStreamReader r) throws XMLStreamException {
        while (r.next() != XMLStreamConstants.START_ELEMENT) {
            // the prolog: declaration, comments, whitespace (a DOCTYPE has already been refused)
        }
        if (!"OAI-PMH".equals(r.getLocalName())) {
            throw new MalformedXmlException("not an OAI-PMH response: the root element is <" + r.getLocalName() + ">", null);
        }
    }

    record OaiError(String code, String message) {
    }
}
