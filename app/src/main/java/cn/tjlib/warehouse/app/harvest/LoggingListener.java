package cn.tjlib.warehouse.app.harvest;

import cn.tjlib.warehouse.harvest.HarvestListener;
import cn.tjlib.warehouse.harvest.HarvestProgress;
import cn.tjlib.warehouse.harvest.HarvestReport;
import cn.tjlib.warehouse.harvestlog.HarvestCounts;
import cn.tjlib.warehouse.source.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs a source's progress every few pages and its final counts. */
final class LoggingListener implements HarvestListener {
    private static final Logger LOG = LoggerFactory.getLogger("harvest");
    private static final int EVERY_PAGES = 5;

    private final Source source;

    LoggingListener(Source source) {
        this.source = source;
    }

    @Override
    public void pageHarvested(HarvestProgress p) {
        if (p.pages() % EVERY_PAGES != 0) {
            return;
        }
        if (p.completeListSize().isPresent()) {
            long size = p.completeListSize().getAsLong();
            LOG.info("{} {}: {} / {} records ({}%), page {}", source.code(), source.name(), p.recordsSoFar(), size,
                    size == 0 ? 100 : p.recordsSoFar() * 100 / size, p.pages());
        } else {
            LOG.info("{} {}: {} records, page {}", source.code(), source.name(), p.recordsSoFar(), p.pages());
        }
    }

    @Override
    public void finished(HarvestReport r) {
        HarvestCounts c = r.counts();
        String summary = String.format("%s %s: %s in %.1f s, %d pages — %d new, %d updated, %d unchanged, %d deleted, %d rejected",
                source.code(), source.name(), r.status(), r.duration().toMillis() / 1000.0, r.pages(), c.created(), c.updated(),
                c.unchanged(), c.deleted(), c.rejected());
        if (r.succeeded()) {
            LOG.info(summary);
        } else {
            LOG.warn("{} — error: {}", summary, r.error());
        }
    }
}
