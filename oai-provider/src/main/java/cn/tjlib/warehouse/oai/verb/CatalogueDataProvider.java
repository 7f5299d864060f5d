package cn.tjlib.warehouse.oai.verb;

import cn.tjlib.warehouse.catalogue.JdbcUnifiedCatalogue;
import cn.tjlib.warehouse.catalogue.JdbcUnifiedProvenance;
import cn.tjlib.warehouse.oai.OaiSettings;
import cn.tjlib.warehouse.oai.record.CatalogueSets;
import cn.tjlib.warehouse.oai.record.Crosswalks;
import io.gdcc.xoai.dataprovider.DataProvider;
import io.gdcc.xoai.dataprovider.model.Context;
import io.gdcc.xoai.dataprovider.repository.Repository;
import io.gdcc.xoai.dataprovider.repository.RepositoryConfiguration;
import io.gdcc.xoai.exceptions.OAIException;
import io.gdcc.xoai.model.oaipmh.OAIPMH;
import io.gdcc.xoai.model.oaipmh.Request;
import io.gdcc.xoai.model.oaipmh.verbs.Verb;
import io.gdcc.xoai.services.api.DateProvider;
import io.gdcc.xoai.xml.WriterContext;

import java.time.Instant;

/**
 * XOAI's data provider over the catalogue, for one request. XOAI parses and validates the request
 * and answers Identify, ListMetadataFormats, ListSets and GetRecord; ListIdentifiers and
 * ListRecords go to {@link ListRequests}, because XOAI's resumption tokens are offsets (see there).
 */
public final class CatalogueDataProvider extends DataProvider {
    private final RepositoryConfiguration configuration;
    private final ListRequests lists;

    private CatalogueDataProvider(Context context, Repository repository, ListRequests lists) {
        super(context, repository);
        this.configuration = repository.getConfiguration();
        this.lists = lists;
    }

    /** A provider whose Identify reports the catalogue's earliest datestamp as of now. */
    public static CatalogueDataProvider create(JdbcUnifiedCatalogue catalogue, JdbcUnifiedProvenance provenance,
                                               OaiSettings settings) {
        Instant now = DateProvider.now();
        Instant earliest = catalogue.earliestDatestamp().filter(e -> !e.isAfter(now)).orElse(now);
        RepositoryConfiguration configuration = XoaiConfiguration.of(settings, earliest);
        CatalogueSets sets = new CatalogueSets(settings.libraryNames());
        Crosswalks crosswalks = new Crosswalks(settings.libraryNames());
        PublishedRecords published = new PublishedRecords(provenance, settings.repositoryIdentifier());
        Repository repository = new Repository(configuration)
                .withItemRepository(new CatalogueItemRepository(catalogue, published, crosswalks))
                .withSetRepository(new CatalogueSetRepository(catalogue, sets));
        return new CatalogueDataProvider(crosswalks.context(), repository,
                new ListRequests(catalogue, sets, crosswalks, published, settings.pageSize()));
    }

    @Override
    public OAIPMH handle(Request request) {
        Verb.Type verb = request.getType().orElse(null);
        if (verb != Verb.Type.ListRecords && verb != Verb.Type.ListIdentifiers) {
            return super.handle(request);
        }
        OAIPMH response = new OAIPMH().withRequest(request).withResponseDate(DateProvider.now());
        try {
            return response.withVerb(lists.handle(request, verb));
        } catch (OAIException e) {
            return errorsHandler.handle(response, e);
        }
    }

    /** The error response for a request refused before XOAI saw it. */
    public OAIPMH reject(OAIException e) {
        return errorsHandler.handle(new OAIPMH(), e);
    }

    /** How to write this provider's responses (granularity, XOAI's token format for ListSets). */
    public WriterContext writerContext() {
        return configuration;
    }
}
