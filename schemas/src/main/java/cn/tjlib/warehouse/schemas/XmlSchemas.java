package cn.tjlib.warehouse.schemas;

import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.net.URL;

/**
 * The official OAI-PMH 2.0 schemas, kept offline in this module (see xsd/SOURCES.md), compiled once.
 * Loaded from a classpath URL so that relative includes and imports resolve without the network.
 */
public final class XmlSchemas {
    private final Schema oaiPmh;
    // compiled on first use: only the OAI endpoint's tests and tools need it
    private volatile Schema oaiPmhWithFormats;

    public XmlSchemas() {
        this.oaiPmh = compile("xsd/oai-pmh-all.xsd");
    }

    /**
     * OAI-PMH responses in any format the warehouse disseminates: oai_dc, its own tj_qdc
     * ({@code xsd/tj_qdc.xsd}) and RDF/XML (the rdf:RDF element only; its content is not checked).
     */
    public Schema oaiPmhWithFormats() {
        Schema s = oaiPmhWithFormats;
        if (s == null) {
            s = compile("xsd/oai-pmh-formats.xsd");
            oaiPmhWithFormats = s;
        }
        return s;
    }

    /** OAI-PMH responses, with oai_dc metadata and the oai-identifier description. */
    public Schema oaiPmh() {
        return oaiPmh;
    }

    /** Validates {@code document} against the OAI-PMH schema; throws naming the first violation. */
    public void validateOaiPmh(Source document) {
        try {
            Validator v = oaiPmh.newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.validate(document);
        } catch (SAXException e) {
            throw new IllegalArgumentException("not valid OAI-PMH: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read document to validate: " + e.getMessage(), e);
        }
    }

    private static Schema compile(String resource) {
        URL url = XmlSchemas.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("schema " + resource + " missing from the schemas module");
        }
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return f.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot compile schema " + resource + ": " + e.getMessage(), e);
        }
    }
}
