package cn.tjlib.warehouse.harvest.describe;

import cn.tjlib.warehouse.harvest.client.InterruptedFailure;
import cn.tjlib.warehouse.harvest.client.OaiClient;
import cn.tjlib.warehouse.harvest.protocol.Identify;
import cn.tjlib.warehouse.harvest.protocol.ListSetsPage;
import cn.tjlib.warehouse.harvest.protocol.MetadataFormat;
import cn.tjlib.warehouse.harvest.protocol.OaiSet;
import cn.tjlib.warehouse.source.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Asks a repository what it declares (Identify, ListMetadataFormats, ListSets) and keeps the answer
 * per source, for staff to see. Formats and sets are informative: failing to read them is noted in the
 * description, never a reason to fail a connection test or a harvest.
 */
public final class SourceDescriber {
    private static final Logger LOG = LoggerFactory.getLogger(SourceDescriber.class);

    /** Sets kept per source; national repositories declare thousands, and staff read the first ones. */
    static final int MAX_SETS = 2000;
    private static final int MAX_SET_PAGES = 100;

    private final OaiClient client;
    private final JdbcSourceDescriptions store;
    private final Clock clock;

    public SourceDescriber(OaiClient client, JdbcSourceDescriptions store, Clock clock) {
        this.client = client;
        this.store = store;
        this.clock = clock;
    }

    /** Asks the repository at {@code baseUrl}; a failing Identify throws its {@link cn.tjlib.warehouse.harvest.client.HarvestFailure}. */
    public SourceDescription describe(URI baseUrl) {
        return describe(baseUrl, client.identify(baseUrl));
    }

    /** As {@link #describe(URI)}, and keeps the answer as what source {@code code} declares. */
    public SourceDescription describeAndStore(String code, URI baseUrl) {
        SourceDescription d = describe(baseUrl);
        store.save(code, d);
        return d;
    }

    /**
     * For a harvest that has just read {@code identify}: reads and keeps the source's formats and sets
     * unless they were read from the same base URL less than {@code maxAge} ago. Never throws, except
     * when the harvest is cancelled meanwhile.
     */
    public void refresh(Source source, Identify identify, Duration maxAge) {
        try {
            boolean fresh = store.find(source.code())
                    .filter(d -> d.baseUrl().equals(source.baseUrl()))
                    .filter(d -> d.readAt().isAfter(clock.instant().minus(maxAge)))
                    .isPresent();
            if (!fresh) {
                store.save(source.code(), describe(source.baseUrl(), identify));
            }
        } catch (InterruptedFailure e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("{}: could not record the formats and sets it declares: {}", source.code(), e.toString());
        }
    }

    private SourceDescription describe(URI baseUrl, Identify identify) {
        List<String> errors = new ArrayList<>();
        List<MetadataFormat> formats = List.of();
        try {
            formats = client.listMetadataFormats(baseUrl);
        } catch (InterruptedFailure e) {
            throw e;
        } catch (RuntimeException e) {
            errors.add("ListMetadataFormats: " + message(e));
        }
        List<OaiSet> sets = new ArrayList<>();
        boolean truncated = false;
        try {
            truncated = readSets(baseUrl, sets);
        } catch (InterruptedFailure e) {
            throw e;
        } catch (RuntimeException e) {
            errors.add("ListSets: " + message(e) + (sets.isEmpty() ? "" : " (after " + sets.size() + " sets)"));
        }
        return new SourceDescription(baseUrl, identify, formats, sets, truncated, clock.instant(),
                errors.isEmpty() ? null : String.join("; ", errors));
    }

    // follows resumption tokens; true when the list was cut at MAX_SETS or MAX_SET_PAGES
    private boolean readSets(URI baseUrl, List<OaiSet> sets) {
        Set<String> tokensSeen = new HashSet<>();
        String token = null;
        for (int page = 0; page < MAX_SET_PAGES; page++) {
            ListSetsPage p = client.listSets(baseUrl, token);
            for (OaiSet s : p.sets()) {
                if (sets.size() == MAX_SETS) {
                    return true;
                }
                sets.add(s);
            }
            token = p.nextToken();
            if (token == null) {
                return false;
            }
            if (!tokensSeen.add(token)) {
                throw new IllegalStateException("the repository sent the resumptionToken '" + token + "' twice; stopped reading sets");
            }
        }
        return true;
    }

    private static String message(RuntimeException e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
