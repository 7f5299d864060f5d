package cn.tjlib.warehouse.oai;

import cn.tjlib.warehouse.catalogue.JdbcUnifiedCatalogue;
import cn.tjlib.warehouse.catalogue.JdbcUnifiedProvenance;
import cn.tjlib.warehouse.oai.verb.CatalogueDataProvider;
import io.gdcc.xoai.exceptions.BadArgumentException;
import io.gdcc.xoai.model.oaipmh.OAIPMH;
import io.gdcc.xoai.xml.XmlWriter;

import javax.xml.stream.XMLStreamException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The OAI-PMH 2.0 endpoint over the unified catalogue: Identify, ListMetadataFormats, ListSets,
 * ListIdentifiers, ListRecords and GetRecord in {@code oai_dc}, {@code tj_qdc} (with provenance and
 * holdings) and {@code rdf} (DCMI terms), sets per holding library and per resource type, persistent
 * deletions, resumption tokens keyed on (datestamp, id). Hosts limit concurrent lists with {@link ListAdmission}.
 */
public final class OaiEndpoint {
    private final JdbcUnifiedCatalogue catalogue;
    private final JdbcUnifiedProvenance provenance;
    private final OaiSettings settings;

    public OaiEndpoint(JdbcUnifiedCatalogue catalogue, JdbcUnifiedProvenance provenance, OaiSettings settings) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Answers one request, given its GET query or POST form parameters, by writing the UTF-8 XML
     * response (serve it as {@code text/xml; charset=UTF-8}). Protocol errors are part of the
     * response; only a failing database or stream throws.
     */
    public void handle(Map<String, List<String>> parameters, OutputStream out) {
        // one provider per request: cheap to build, and Identify then reports the current earliest datestamp
        CatalogueDataProvider provider = CatalogueDataProvider.create(catalogue, provenance, settings);
        Optional<String> forbidden = RequestParameters.forbiddenCharacters(parameters);
        OAIPMH response = forbidden.isPresent()
                ? provider.reject(new BadArgumentException(forbidden.get()))
                : provider.handle(RequestParameters.asArrays(parameters));
        write(response, provider, out);
    }

    private static void write(OAIPMH response, CatalogueDataProvider provider, OutputStream out) {
        try (XmlWriter writer = new XmlWriter(out, provider.writerContext())) {
            writer.writeStartDocument("UTF-8", "1.0");
            writer.write(response);
            writer.writeEndDocument();
            writer.flush();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException("could not write the OAI-PMH response", new IOException(e));
        }
    }
}
