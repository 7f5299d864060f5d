package cn.tjlib.warehouse.oai.testing;

import cn.tjlib.warehouse.oai.OaiEndpoint;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One response of the endpoint, checked against the OAI-PMH schema, read with XPath (prefixes oai, dc,
 * oai_dc, id, qdc for tj_qdc, rdf).
 */
public final class OaiResponse {
    private static final Map<String, String> NS = Map.of(
            "oai", "http://www.openarchives.org/OAI/2.0/",
            "dc", "http://purl.org/dc/elements/1.1/",
            "oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc/",
            "id", "http://www.openarchives.org/OAI/2.0/oai-identifier",
            "qdc", "https://tjdl.tjlib.cn/ns/tj_qdc/1.0/",
            "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    public final byte[] xml;
    private final Document document;

    private OaiResponse(byte[] xml) throws Exception {
        this.xml = xml;
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        this.document = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** Asks {@code endpoint} with name, value pairs; fails unless the answer is schema-valid. */
    public static OaiResponse ask(OaiEndpoint endpoint, String... nameValues) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            parameters.computeIfAbsent(nameValues[i], k -> new ArrayList<>()).add(nameValues[i + 1]);
        }
        return ask(endpoint, parameters);
    }

    public static OaiResponse ask(OaiEndpoint endpoint, Map<String, List<String>> parameters) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        endpoint.handle(parameters, out);
        OaiXsd.assertValid(out.toByteArray());
        try {
            return new OaiResponse(out.toByteArray());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public String text(String xpath) {
        return (String) eval(xpath, XPathConstants.STRING);
    }

    public List<String> texts(String xpath) {
        NodeList nodes = (NodeList) eval(xpath, XPathConstants.NODESET);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    /** The elements {@code xpath} selects, each written out as a standalone XML document. */
    public List<String> fragments(String xpath) {
        NodeList nodes = (NodeList) eval(xpath, XPathConstants.NODESET);
        List<String> out = new ArrayList<>();
        try {
            javax.xml.transform.Transformer t = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
            for (int i = 0; i < nodes.getLength(); i++) {
                java.io.StringWriter w = new java.io.StringWriter();
                t.transform(new javax.xml.transform.dom.DOMSource(nodes.item(i)), new javax.xml.transform.stream.StreamResult(w));
                out.add(w.toString());
            }
        } catch (javax.xml.transform.TransformerException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    /** The codes of the response's errors, in order. */
    public List<String> errors() {
        return texts("/oai:OAI-PMH/oai:error/@code");
    }

    public String token() {
        return text("//oai:resumptionToken");
    }

    @Override
    public String toString() {
        return new String(xml, StandardCharsets.UTF_8);
    }

    private Object eval(String xpath, javax.xml.namespace.QName type) {
        XPath x = XPathFactory.newInstance().newXPath();
        x.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return NS.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return List.<String>of().iterator();
            }
        });
        try {
            return x.evaluate(xpath, document, type);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException("bad XPath '" + xpath + "'", e);
        }
    }
}
