package cn.tjlib.warehouse.harvest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shields a harvest from its listener: a console that fails to draw must not fail the harvest. */
final class GuardedListener implements HarvestListener {
    private static final Logger LOG = LoggerFactory.getLogger(GuardedListener.class);

    private final HarvestListener delegate;

    GuardedListener(HarvestListener delegate) {
        this.delegate = delegate;
    }

    @Override
    public void pageHarvested(HarvestProgress progress) {
        try {
            delegate.pageHarvested(progress);
        } catch (RuntimeException e) {
            LOG.warn("harvest listener failed on page {} of {}; harvest continues", progress.pages(), progress.sourceCode(), e);
        }
    }

    @Override
    public void finished(HarvestReport report) {
        try {
            delegate.finished(report);
        } catch (RuntimeException e) {
            LOG.warn("harvest listener failed at the end of run {} of {}", report.runId(), report.sourceCode(), e);
        }
    }
}
