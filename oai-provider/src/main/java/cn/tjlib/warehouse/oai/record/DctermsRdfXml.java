package cn.tjlib.warehouse.oai.record;

import cn.tjlib.warehouse.schemas.rdf.DctermsRdf;

/**
 * {@code rdf}: the record as RDF/XML with DCMI Metadata Terms, made by the schemas module's Jena
 * mapping. The resource is named by its OAI identifier (an {@code oai:} URI); records merged into it
 * are {@code dcterms:replaces}. The schema is the one OAI-PMH repositories conventionally name for
 * RDF/XML; XSD cannot describe RDF/XML, so only the {@code rdf:RDF} container is checkable.
 */
final class DctermsRdfXml implements MetadataCrosswalk {
    static final String PREFIX = "rdf";
    static final String NAMESPACE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String SCHEMA = "http://www.openarchives.org/OAI/2.0/rdf.xsd";

    @Override
    public Description description() {
        return new Description(PREFIX, NAMESPACE, SCHEMA, true);
    }

    @Override
    public String xml(PublishedRecord r) {
        return DctermsRdf.xml(r.identifier().toString(), r.record().record(), r.record().type(),
                r.replaces().stream().map(OaiIdentifier::toString).toList());
    }
}
