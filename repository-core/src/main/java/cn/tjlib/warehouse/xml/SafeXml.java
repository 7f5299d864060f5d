package cn.tjlib.warehouse.xml;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.Reader;
import java.io.InputStream;

/**
 * Factories for XML parsers that refuse DTDs, external entities and entity expansion: every byte
 * the warehouse reads from the network goes through one of these.
 */
public final class SafeXml {
    private SafeXml() {
    }

    /** A StAX factory with DTD support and external entities switched off. */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /**
     * {@link #inputFactory()} that hands out its last reader again once that one was closed, instead of a new
     * one per document: building the JDK's reader (scanner, entity manager, symbol table, security limits)
     * cost a quarter of reading a 750-character record. The reader is reset for each document, limits
     * included. A factory is not thread-safe: use one per thread.
     */
    public static XMLInputFactory reusingInputFactory() {
        XMLInputFactory f = inputFactory();
        // the JDK's own property (com.sun.xml.internal.stream.XMLInputFactoryImpl); newDefaultFactory() is always that one
        f.setProperty("reuse-instance", Boolean.TRUE);
        return f;
    }

    /** A DOM factory that rejects any document carrying a DOCTYPE. */
    public static DocumentBuilderFactory documentBuilderFactory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser does not support hardening features", e);
        }
    }

    /** Opens a hardened reader; a DOCTYPE anywhere in the input fails with {@link DoctypeRefusedException}. */
    public static XMLStreamReader reader(XMLInputFactory factory, Reader in) {
        try {
            return new DoctypeRefusingReader(factory.createXMLStreamReader(in));
        } catch (XMLStreamException e) {
            throw new MalformedXmlException("cannot open XML: " + e.getMessage(), e);
        }
    }

    /** Opens a hardened reader over bytes, honouring the document's declared encoding. */
    public static XMLStreamReader reader(XMLInputFactory factory, InputStream in) {
        try {
            return new DoctypeRefusingReader(factory.createXMLStreamReader(in));
        } catch (XMLStreamException e) {
            throw new MalformedXmlException("cannot open XML: " + e.getMessage(), e);
        }
    }
}
