package cn.tjlib.warehouse.app.console;

import cn.tjlib.warehouse.harvest.client.HarvestSettings;
import cn.tjlib.warehouse.harvest.client.JdkHttpOaiClient;
import cn.tjlib.warehouse.harvest.protocol.Identify;

import java.net.URI;
import java.time.Duration;

/**
 * Runs Identify against a base URL for staff waiting at a page: short timeouts and no retries, unlike
 * the harvester's patient client, so a dead server answers within seconds.
 */
final class ConnectionTest implements AutoCloseable {
    private static final HarvestSettings QUICK = new HarvestSettings(Duration.ofSeconds(5), Duration.ofSeconds(15), 0,
            Duration.ZERO, Duration.ZERO, HarvestSettings.DEFAULTS.maxResponseBytes(), HarvestSettings.DEFAULTS.userAgent());

    private final JdkHttpOaiClient client = new JdkHttpOaiClient(QUICK);

    IdentifyResult identify(String baseUrl) {
        long began = System.nanoTime();
        try {
            URI uri = URI.create(baseUrl.trim());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new IllegalArgumentException("base URL must be http(s), got '" + baseUrl + "'");
            }
            Identify id = client.identify(uri);
            return new IdentifyResult(true, baseUrl, id.repositoryName(), id.protocolVersion(),
                    id.earliestDatestamp() == null ? "" : id.earliestDatestamp().toString(), id.deletedRecord(),
                    id.granularity().toString(), millis(began), null);
        } catch (RuntimeException e) {
            return new IdentifyResult(false, baseUrl, null, null, null, null, null, millis(began),
                    e.getMessage() == null ? e.toString() : e.getMessage());
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
