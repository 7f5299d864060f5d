package cn.tjlib.warehouse.harvest.client;

import cn.tjlib.warehouse.harvest.protocol.DecodedText;
import cn.tjlib.warehouse.harvest.protocol.Identify;
import cn.tjlib.warehouse.harvest.protocol.ListRecordsPage;
import cn.tjlib.warehouse.harvest.protocol.ListRecordsQuery;
import cn.tjlib.warehouse.harvest.protocol.ListSetsPage;
import cn.tjlib.warehouse.harvest.protocol.MetadataFormat;
import cn.tjlib.warehouse.harvest.protocol.OaiErrorException;
import cn.tjlib.warehouse.harvest.protocol.OaiResponseParser;
import cn.tjlib.warehouse.harvest.protocol.OaiUris;
import cn.tjlib.warehouse.harvest.protocol.ResponseText;
import cn.tjlib.warehouse.xml.MalformedXmlException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * An OAI-PMH client on the JDK's {@link java.net.http.HttpClient}: gzip/deflate, redirects,
 * timeouts, retries with back-off and Retry-After, a size cap, and hardened parsing. Close it to
 * release its connection threads.
 */
public final class JdkHttpOaiClient implements OaiClient, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JdkHttpOaiClient.class);

    private final JdkHttpExchange exchange;
    private final HttpFetcher fetcher;
    private final OaiResponseParser parser = new OaiResponseParser();

    /** A client with its own connection threads, configured by {@code settings}. */
    public JdkHttpOaiClient(HarvestSettings settings) {
        this(settings, Thread::sleep, Clock.systemUTC());
    }

    JdkHttpOaiClient(HarvestSettings settings, Sleeper sleeper, Clock clock) {
        this.exchange = new JdkHttpExchange(settings);
        // java.util.Random is thread-safe: one client serves harvests of many sources at once
        Backoff backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff(), new Random());
        this.fetcher = new HttpFetcher(exchange, settings, backoff, sleeper, clock);
    }

    @Override
    public Identify identify(URI baseUrl) {
        return request(OaiUris.identify(baseUrl), parser::identify);
    }

    @Override
    public ListRecordsPage listRecords(URI baseUrl, ListRecordsQuery query) {
        ListRecordsPage page = request(query.toUri(baseUrl), parser::listRecords);
        page.unreadable().forEach(problem -> LOG.warn("{}: record skipped: {}", baseUrl, problem));
        return page;
    }

    @Override
    public List<MetadataFormat> listMetadataFormats(URI baseUrl) {
        return request(OaiUris.listMetadataFormats(baseUrl), parser::listMetadataFormats);
    }

    @Override
    public ListSetsPage listSets(URI baseUrl, String resumptionToken) {
        return request(OaiUris.listSets(baseUrl, resumptionToken), parser::listSets);
    }

    private <T> T request(URI uri, Function<String, T> parse) {
        Fetched response = fetcher.get(uri);
        DecodedText text = ResponseText.decode(response.body(), response.charset());
        if (text.note() != null) {
            LOG.warn("{}: {}", response.uri(), text.note());
        }
        if (response.declaresHtml() || ResponseText.looksLikeHtml(text.text())) {
            throw new NotXmlFailure(response.uri(), response.contentType(), ResponseText.htmlTitle(text.text()).orElse(null));
        }
        if (text.text().isBlank()) {
            throw new MalformedResponseFailure(response.uri(), "the body is empty", null);
        }
        try {
            return parse.apply(text.text());
        } catch (OaiErrorException e) {
            throw new OaiErrorFailure(response.uri(), e.code(), e.getMessage());
        } catch (MalformedXmlException e) {
            throw new MalformedResponseFailure(response.uri(), e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        exchange.close();
    }
}
