package cn.tjlib.warehouse.oai.testing;

import org.xml.sax.SAXException;

import cn.tjlib.warehouse.schemas.XmlSchemas;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * The official OAI-PMH 2.0 schemas (with oai_dc and oai-identifier), loaded offline from /work/shared,
 * together with the schemas of the warehouse's other formats from the schemas module (tj_qdc, and
 * the rdf:RDF container). A response in oai_dc is thus checked against the official files alone.
 */
public final class OaiXsd {
    // relative to the module directory, where surefire and failsafe run; imports resolve relative to the file
    private static final File DRIVER = new File("../../shared/data/xsd/oai-pmh-all.xsd");
    private static final Schema SCHEMA = load();
    // the driver the schemas module ships for the same purpose, kept honest by checking with it too
    private static final Schema SHIPPED = new XmlSchemas().oaiPmhWithFormats();

    private OaiXsd() {
    }

    /** Fails, quoting the document, unless {@code xml} is valid. */
    public static void assertValid(byte[] xml) {
        try {
            Validator v = SCHEMA.newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.validate(new StreamSource(new ByteArrayInputStream(xml)));
            Validator shipped = SHIPPED.newValidator();
            shipped.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            shipped.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            shipped.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            throw new AssertionError("not valid OAI-PMH: " + e.getMessage() + "\n" + new String(xml, StandardCharsets.UTF_8), e);
        }
    }

    private static Source format(String file) {
        URL url = XmlSchemas.class.getResource("xsd/" + file);
        if (url == null) {
            throw new IllegalStateException("schema " + file + " missing from the schemas module");
        }
        return new StreamSource(url.toExternalForm());
    }

    private static Schema load() {
        if (!DRIVER.isFile()) {
            throw new IllegalStateException("OAI-PMH schema not found at " + DRIVER.getAbsolutePath());
        }
        try {
            SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
            sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return sf.newSchema(new Source[] {new StreamSource(DRIVER), format("tj_qdc.xsd"), format("rdf-container.xsd")});
        } catch (SAXException e) {
            throw new IllegalStateException("cannot load " + DRIVER.getAbsolutePath(), e);
        }
    }
}
