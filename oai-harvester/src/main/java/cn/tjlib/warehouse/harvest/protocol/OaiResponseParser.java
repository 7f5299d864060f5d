package cn.tjlib.warehouse.harvest.protocol;

import cn.tjlib.warehouse.raw.HarvestedRecord;
import cn.tjlib.warehouse.xml.MalformedXmlException;
import cn.tjlib.warehouse.xml.SafeXml;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Reads OAI-PMH responses with the hardened parser: a DOCTYPE or entity anywhere fails with
 * {@link cn.tjlib.warehouse.xml.DoctypeRefusedException}, other ill-formed input with
 * {@link MalformedXmlException}, and an {@code <error>} element with {@link OaiErrorException},
 * except the errors that mean "nothing here" ({@code noRecordsMatch}, {@code noMetadataFormats},
 * {@code noSetHierarchy}), which are empty answers.
 */
public final class OaiResponseParser {
    /** Reads an Identify response. */
    public Identify identify(String text) {
        return parse(text, "Identify", IdentifyReader::read, null, null);
    }

    /** Reads a ListRecords response. */
    public ListRecordsPage listRecords(String text) {
        return parse(text, "ListRecords", OaiResponseParser::records, "noRecordsMatch", ListRecordsPage.empty());
    }

    /** Reads a ListMetadataFormats response; {@code noMetadataFormats} is an empty list. */
    public List<MetadataFormat> listMetadataFormats(String text) {
        return parse(text, "ListMetadataFormats", DeclarationReader::formats, "noMetadataFormats", List.of());
    }

    /** Reads a ListSets response; {@code noSetHierarchy} (the repository has no sets) is an empty, final page. */
    public ListSetsPage listSets(String text) {
        return parse(text, "ListSets", DeclarationReader::sets, "noSetHierarchy", ListSetsPage.empty());
    }

    private <T> T parse(String text, String verb, Body<T> body, String emptyCode, T empty) {
        String marked = ForbiddenChars.mark(text);
        // a factory per response: StAX does not promise that one factory serves threads harvesting in parallel
        XMLStreamReader r = SafeXml.reader(SafeXml.inputFactory(), new CharAtReader(marked));
        try {
            Envelope<T> envelope = Envelope.read(r, verb, body);
            if (!envelope.errors().isEmpty()) {
                if (emptyCode != null && envelope.only(emptyCode)) {
                    return empty;
                }
                throw envelope.toException();
            }
            if (envelope.body() == null) {
                throw new MalformedXmlException("the OAI-PMH response has neither <" + verb + "> nor <error>", null);
            }
            return envelope.body();
        } catch (XMLStreamException e) {
            throw new MalformedXmlException(ParseErrors.describe(e, marked), e);
        } finally {
            close(r);
        }
    }

    private static ListRecordsPage records(XMLStreamReader r) throws XMLStreamException {
        List<HarvestedRecord> records = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        ResumptionToken token = ResumptionToken.NONE;
        while (XmlEvents.nextChild(r)) {
            switch (r.getLocalName()) {
                case "record" -> {
                    HarvestedRecord record = RecordReader.read(r, unreadable);
                    if (record != null) {
                        records.add(record);
                    }
                }
                case "resumptionToken" -> token = token(r);
                default -> XmlEvents.skipElement(r);
            }
        }
        return new ListRecordsPage(records, token, unreadable);
    }

    static ResumptionToken token(XMLStreamReader r) throws XMLStreamException {
        OptionalLong size = number(XmlEvents.attribute(r, "completeListSize"));
        OptionalLong cursor = number(XmlEvents.attribute(r, "cursor"));
        return new ResumptionToken(ForbiddenChars.clean(r.getElementText()).text(), size, cursor);
    }

    private static OptionalLong number(String s) {
        try {
            return s == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(s.strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty(); // the size is only used to show progress
        }
    }

    private static void close(XMLStreamReader r) {
        try {
            r.close();
        } catch (XMLStreamException ignored) {
            // the reader wraps a String: nothing to release
        }
    }

    /** Reads the verb's element, with the reader on its start tag, leaving it on its end tag. */
    interface Body<T> {
        T read(XMLStreamReader r) throws XMLStreamException;
    }
}
