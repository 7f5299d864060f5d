package cn.tjlib.warehouse.oai.verb;

import io.gdcc.xoai.model.oaipmh.verbs.Verb;
import io.gdcc.xoai.xml.XmlWritable;
import io.gdcc.xoai.xml.XmlWriter;
import io.gdcc.xoai.xmlio.exceptions.XmlWriteException;

import java.util.List;

/**
 * A page of ListRecords ({@code <record>}s) or ListIdentifiers ({@code <header>}s) and its token.
 * NOTE: XOAI's own list verbs can only write a token derived from its offset-based value.
 */
record KeysetList(Type type, List<? extends XmlWritable> entries, TokenElement token) implements Verb {
    KeysetList {
        entries = List.copyOf(entries);
    }

    @Override
    public Type getType() {
        return type;
    }

    @Override
    public void write(XmlWriter writer) throws XmlWriteException {
        String element = type == Type.ListRecords ? "record" : "header";
        for (XmlWritable entry : entries) {
            writer.writeElement(element, entry);
        }
        if (token != null) {
            writer.writeElement("resumptionToken", token);
        }
    }
}
