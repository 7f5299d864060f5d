package cn.tjlib.warehouse.schemas.rdf;

import cn.tjlib.warehouse.record.CanonicalRecord;
import cn.tjlib.warehouse.record.Creator;
import cn.tjlib.warehouse.record.Identifier;
import cn.tjlib.warehouse.record.ResourceType;
import cn.tjlib.warehouse.record.Subject;
import cn.tjlib.warehouse.xml.XmlChars;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import java.io.StringWriter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The record-as-RDF mapping: a published record described with DCMI Metadata Terms, written as one
 * RDF/XML {@code rdf:RDF} element (no XML declaration, so that it can be embedded in a document).
 * Agents (creators, publishers) are {@code dcterms:Agent} nodes named by {@code rdfs:label}, as the
 * DCMI ranges ask; other values are plain literals as catalogued, the type also as a DCMI Type IRI.
 */
public final class DctermsRdf {
    public static final String DCMI_TYPE = "http://purl.org/dc/dcmitype/";
    private static final Pattern XML_DECLARATION = Pattern.compile("^\\s*<\\?xml[^>]*\\?>\\s*");

    private DctermsRdf() {
    }

    /**
     * RDF/XML describing {@code record} as the resource {@code subjectIri}; {@code replaces} are the
     * IRIs of records this one replaced (merged into it).
     */
    public static String xml(String subjectIri, CanonicalRecord record, ResourceType type, List<String> replaces) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("rdf", RDF.getURI());
        model.setNsPrefix("rdfs", RDFS.getURI());
        model.setNsPrefix("dcterms", DCTerms.NS);
        Resource r = model.createResource(subjectIri, DCTerms.BibliographicResource);
        literals(r, DCTerms.title, record.titles());
        record.creators().forEach(c -> r.addProperty(DCTerms.creator, agent(model, c)));
        literals(r, DCTerms.subject, record.subjects().stream().map(Subject::value).toList());
        literals(r, DCTerms.description, record.descriptions());
        record.publishers().forEach(p -> r.addProperty(DCTerms.publisher, agent(model, Creator.of(p))));
        literals(r, DCTerms.date, record.dates());
        r.addProperty(DCTerms.type, model.createResource(DCMI_TYPE + type.dcmiType()));
        r.addProperty(DCTerms.type, type.label());
        literals(r, DCTerms.format, record.formats());
        literals(r, DCTerms.identifier, record.identifiers().stream().map(DctermsRdf::identifier).filter(i -> !i.isEmpty()).toList());
        literals(r, DCTerms.language, record.languages());
        literals(r, DCTerms.relation, record.relations());
        literals(r, DCTerms.rights, record.rights());
        replaces.forEach(iri -> r.addProperty(DCTerms.replaces, model.createResource(iri)));
        StringWriter out = new StringWriter(2048);
        // the plain writer: one rdf:Description per subject, no abbreviation search, linear in the triples
        RDFDataMgr.write(out, model, RDFFormat.RDFXML_PLAIN);
        return XML_DECLARATION.matcher(out.toString()).replaceFirst("");
    }

    private static Resource agent(Model model, Creator c) {
        Resource agent = model.createResource(DCTerms.Agent).addProperty(RDFS.label, clean(c.name()));
        if (!c.role().isEmpty()) {
            // the role word as catalogued (著, 编, 译 …): the network has no relator vocabulary yet
            agent.addProperty(DCTerms.description, clean(c.role()));
        }
        return agent;
    }

    /** As in oai_dc: prefixed ISBN/ISSN, bare CN and URI; a library's local number identifies nothing outside it. */
    private static String identifier(Identifier i) {
        return switch (i.type()) {
            case ISBN -> "ISBN " + i.value();
            case ISSN -> "ISSN " + i.value();
            case CN, URI -> i.value();
            case LOCAL -> "";
        };
    }

    private static void literals(Resource r, Property p, List<String> values) {
        for (String v : values) {
            String text = clean(v);
            if (!text.isBlank()) {
                r.addProperty(p, text);
            }
        }
    }

    // XML 1.0 cannot carry control characters at all, so they cannot survive into RDF/XML
    private static String clean(String s) {
        return XmlChars.strip(s).strip();
    }
}
