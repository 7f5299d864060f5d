package cn.tjlib.warehouse.app.console;

import cn.tjlib.warehouse.harvest.client.HarvestSettings;
import cn.tjlib.warehouse.harvest.client.JdkHttpOaiClient;
import cn.tjlib.warehouse.harvest.describe.JdbcSourceDescriptions;
import cn.tjlib.warehouse.harvest.describe.SourceDescriber;
import cn.tjlib.warehouse.harvest.describe.SourceDescription;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * Runs Identify, ListMetadataFormats and ListSets against a base URL for staff waiting at a page:
 * short timeouts and no retries, unlike the harvester's patient client, so a dead server answers
 * within seconds. The answer about a saved source's own base URL is kept as what that source declares.
 */
final class ConnectionTest implements AutoCloseable {
    private static final HarvestSettings QUICK = new HarvestSettings(Duration.ofSeconds(5), Duration.ofSeconds(15), 0,
            Duration.ZERO, Duration.ZERO, HarvestSettings.DEFAULTS.maxResponseBytes(), HarvestSettings.DEFAULTS.userAgent());

    private final JdkHttpOaiClient client = new JdkHttpOaiClient(QUICK);
    private final SourceDescriber describer;

    ConnectionTest(JdbcSourceDescriptions descriptions, Clock clock) {
        this.describer = new SourceDescriber(client, descriptions, clock);
    }

    /** Asks the repository at {@code baseUrl}, keeping nothing. */
    IdentifyResult identify(String baseUrl) {
        return identify(baseUrl, null);
    }

    /** Asks the repository at {@code baseUrl}; when {@code sourceCode} is not null, keeps the answer as what that source declares. */
    IdentifyResult identify(String baseUrl, String sourceCode) {
        long began = System.nanoTime();
        try {
            URI uri = URI.create(baseUrl.trim());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new IllegalArgumentException("base URL must be http(s), got '" + baseUrl + "'");
            }
            SourceDescription d = sourceCode == null ? describer.describe(uri) : describer.describeAndStore(sourceCode, uri);
            return IdentifyResult.answered(baseUrl, d, millis(began));
        } catch (RuntimeException e) {
            return IdentifyResult.failed(baseUrl, e.getMessage() == null ? e.toString() : e.getMessage(), millis(began));
        }
    }

    private static long millis(long began) {
        return (System.nanoTime() - began) / 1_000_000;
    }

    @Override
    public void close() {
        client.close();
    }
}
