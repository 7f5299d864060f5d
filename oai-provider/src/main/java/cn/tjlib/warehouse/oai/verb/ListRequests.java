package cn.tjlib.warehouse.oai.verb;

import cn.tjlib.warehouse.catalogue.CatalogueQuery;
import cn.tjlib.warehouse.catalogue.JdbcUnifiedCatalogue;
import cn.tjlib.warehouse.catalogue.UnifiedRecord;
import cn.tjlib.warehouse.oai.record.CatalogueItem;
import cn.tjlib.warehouse.oai.record.CatalogueSets;
import cn.tjlib.warehouse.oai.record.Crosswalks;
import cn.tjlib.warehouse.oai.record.MetadataCrosswalk;
import cn.tjlib.warehouse.oai.token.KeysetToken;
import cn.tjlib.warehouse.oai.token.ListArguments;
import io.gdcc.xoai.dataprovider.exceptions.handler.CannotDisseminateFormatException;
import io.gdcc.xoai.dataprovider.exceptions.handler.NoMatchesException;
import io.gdcc.xoai.exceptions.OAIException;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.Request;
import io.gdcc.xoai.model.oaipmh.verbs.Verb;
import io.gdcc.xoai.services.api.DateProvider;
import io.gdcc.xoai.xml.XmlWritable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * ListIdentifiers and ListRecords, paged on (datestamp, id): each page is the next {@code pageSize}
 * records strictly after the last one sent, read with one query of {@code pageSize + 1} rows (the
 * extra row tells whether another page follows). The list's size is counted once, on the first page.
 */
final class ListRequests {
    private final JdbcUnifiedCatalogue catalogue;
    private final CatalogueSets sets;
    private final Crosswalks crosswalks;
    private final PublishedRecords published;
    private final int pageSize;

    ListRequests(JdbcUnifiedCatalogue catalogue, CatalogueSets sets, Crosswalks crosswalks, PublishedRecords published,
                 int pageSize) {
        this.catalogue = catalogue;
        this.sets = sets;
        this.crosswalks = crosswalks;
        this.published = published;
        this.pageSize = pageSize;
    }

    /** The page {@code request} asks for, which must be a valid ListIdentifiers or ListRecords request. */
    KeysetList handle(Request request, Verb.Type verb) throws OAIException {
        KeysetToken resumed = request.getResumptionToken().isPresent()
                ? KeysetToken.decode(request.getResumptionToken().get()) : null;
        ListArguments arguments = resumed != null ? resumed.arguments() : arguments(request);
        MetadataCrosswalk format = crosswalks.forPrefix(arguments.metadataPrefix()).orElseThrow(() ->
                new CannotDisseminateFormatException("metadata format '" + arguments.metadataPrefix() + "' is not disseminated here"));
        CatalogueQuery query = query(arguments, resumed);
        // holdings cost a join per page; only the formats that show them read them
        boolean details = verb == Verb.Type.ListRecords && format.needsDetails();
        List<UnifiedRecord> rows = details ? catalogue.list(query) : catalogue.listWithoutHoldings(query);
        if (rows.isEmpty()) {
            throw new NoMatchesException();
        }
        boolean more = rows.size() > pageSize;
        List<UnifiedRecord> page = more ? rows.subList(0, pageSize) : rows;
        List<XmlWritable> entries = published.of(page, format, details).stream()
                .map(p -> entry(new CatalogueItem(p, format), verb)).toList();
        return new KeysetList(verb, entries, token(arguments, resumed, query, page, more));
    }

    private CatalogueQuery query(ListArguments a, KeysetToken resumed) throws NoMatchesException {
        CatalogueSets.Selection selection = CatalogueSets.Selection.ALL;
        if (a.set() != null) {
            selection = sets.select(a.set(), catalogue.libraries())
                    .orElseThrow(() -> new NoMatchesException("there is no set '" + a.set() + "'"));
        }
        return new CatalogueQuery(a.from(), a.until(), selection.library(), selection.type(),
                resumed == null ? null : resumed.afterDatestamp(), resumed == null ? 0 : resumed.afterId(), pageSize + 1);
    }

    private TokenElement token(ListArguments arguments, KeysetToken resumed, CatalogueQuery query,
                               List<UnifiedRecord> page, boolean more) {
        if (resumed == null && !more) {
            return null; // a complete list in one response has no token
        }
        long cursor = resumed == null ? 0 : resumed.cursor();
        long sent = cursor + page.size();
        long counted = resumed == null ? catalogue.count(query) : resumed.completeListSize();
        // records that change mid-harvest are sent again at the end, so the list may outgrow its first count
        long size = Math.max(counted, sent + (more ? 1 : 0));
        if (!more) {
            return new TokenElement("", size, cursor);
        }
        UnifiedRecord last = page.get(page.size() - 1);
        return new TokenElement(new KeysetToken(arguments, last.datestamp(), last.id(), sent, size).encode(), size, cursor);
    }

    private static XmlWritable entry(CatalogueItem item, Verb.Type verb) {
        return verb == Verb.Type.ListRecords ? item.oaiRecord() : item.header();
    }

    /**
     * The request's own arguments. XOAI has already checked them (required prefix, dates, same
     * granularity, from before until); until is re-read from the raw argument because XOAI moved it
     * to the end of its day, and is put back into the request so that {@code <request>} echoes it.
     */
    private static ListArguments arguments(Request request) {
        Instant until = null;
        String rawUntil = request.getRawUntil();
        if (rawUntil != null) {
            Instant given = DateProvider.parse(rawUntil, Granularity.Lenient);
            request.withUntil(given);
            until = rawUntil.length() == "YYYY-MM-DD".length()
                    ? LocalDate.parse(rawUntil).atTime(LocalTime.of(23, 59, 59)).toInstant(ZoneOffset.UTC)
                    : given;
        }
        return new ListArguments(request.getMetadataPrefix().orElseThrow(), request.getSet().orElse(null),
                request.getFrom().orElse(null), until);
    }
}
