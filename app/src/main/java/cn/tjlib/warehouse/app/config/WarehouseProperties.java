package cn.tjlib.warehouse.app.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The service's settings ({@code warehouse.*}); see application.yml for the defaults. */
@ConfigurationProperties("warehouse")
public record WarehouseProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("") String sourcesFile,
        @DefaultValue("") String validationRulesDir,
        @DefaultValue({"nlc", "tjl"}) List<String> preferredLibraries,
        @DefaultValue Demo demo,
        @DefaultValue Harvest harvest,
        @DefaultValue Oai oai) {

    /** The demo network of member libraries served from fixtures on loopback. */
    public record Demo(@DefaultValue("true") boolean enabled, @DefaultValue("0") int port,
                       @DefaultValue("20120528") long seed, @DefaultValue("false") boolean hostileSources) {
    }

    public record Harvest(@DefaultValue("true") boolean onStart, @DefaultValue("4") int concurrency) {
        public Harvest {
            if (concurrency < 1 || concurrency > 64) {
                throw new IllegalArgumentException("warehouse.harvest.concurrency must be 1..64, got " + concurrency);
            }
        }
    }

    public record Oai(@DefaultValue("天津数字图书馆元数据仓储") String repositoryName,
                      @DefaultValue("tjdl.tjlib.cn") String repositoryIdentifier,
                      @DefaultValue("metadata@tjl.example.cn") String adminEmail,
                      @DefaultValue("100") int pageSize,
                      // list requests (ListRecords, ListIdentifiers) served at once; one more gets 503 + Retry-After
                      @DefaultValue("4") int maxConcurrentLists,
                      @DefaultValue("30s") Duration retryAfter) {
    }
}
