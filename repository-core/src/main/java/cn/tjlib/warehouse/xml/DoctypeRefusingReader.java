package cn.tjlib.warehouse.xml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Fails on the first DOCTYPE or entity reference. With DTD support off the JDK parser would skip
 * the internal subset silently; refusing it outright gives a clear error instead of a half-read
 * document, and keeps entity payloads (XXE, billion laughs) from ever reaching our storage.
 */
final class DoctypeRefusingReader extends StreamReaderDelegate {
    DoctypeRefusingReader(XMLStreamReader reader) {
        super(reader);
    }

    @Override
    public int next() throws XMLStreamException {
        int event = super.next();
        if (event == XMLStreamConstants.DTD) {
            throw new DoctypeRefusedException("DOCTYPE declarations are refused (possible XXE or entity expansion attack)");
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new DoctypeRefusedException("entity reference &" + getLocalName() + "; refused: DTD entities are not allowed");
        }
        return event;
    }
}
