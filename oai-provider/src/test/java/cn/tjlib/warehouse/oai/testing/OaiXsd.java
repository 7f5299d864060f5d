package cn.tjlib.warehouse.oai.testing;

import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The official OAI-PMH 2.0 schemas (with oai_dc and oai-identifier), loaded offline from /work/shared. */
public final class OaiXsd {
    // relative to the module directory, where surefire and failsafe run; imports resolve relative to the file
    private static final File DRIVER = new File("../../shared/data/xsd/oai-pmh-all.xsd");
    private static final Schema SCHEMA = load();

    private OaiXsd() {
    }

    /** Fails, quoting the document, unless {@code xml} is valid. */
    public static void assertValid(byte[] xml) {
        try {
            Validator v = SCHEMA.newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            throw new AssertionError("not valid OAI-PMH: " + e.getMessage() + "\n" + new String(xml, StandardCharsets.UTF_8), e);
        }
    }

    private static Schema load() {
        if (!DRIVER.isFile()) {
            throw new IllegalStateException("OAI-PMH schema not found at " + DRIVER.getAbsolutePath());
        }
        try {
            SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return sf.newSchema(DRIVER);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot load " + DRIVER.getAbsolutePath(), e);
        }
    }
}
