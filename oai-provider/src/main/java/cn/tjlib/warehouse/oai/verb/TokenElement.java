package cn.tjlib.warehouse.oai.verb;

import io.gdcc.xoai.xml.XmlWritable;
import io.gdcc.xoai.xml.XmlWriter;
import io.gdcc.xoai.xmlio.exceptions.XmlWriteException;

import javax.xml.stream.XMLStreamException;

/** The content of a {@code <resumptionToken>}: empty on the last page of a list that had more than one. */
record TokenElement(String token, long completeListSize, long cursor) implements XmlWritable {
    @Override
    public void write(XmlWriter writer) throws XmlWriteException {
        try {
            writer.writeAttribute("completeListSize", Long.toString(completeListSize));
            writer.writeAttribute("cursor", Long.toString(cursor));
            writer.writeCharacters(token);
        } catch (XMLStreamException e) {
            throw new XmlWriteException(e);
        }
    }
}
