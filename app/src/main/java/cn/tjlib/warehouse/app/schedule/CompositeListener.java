package cn.tjlib.warehouse.app.schedule;

import cn.tjlib.warehouse.harvest.HarvestListener;
import cn.tjlib.warehouse.harvest.HarvestProgress;
import cn.tjlib.warehouse.harvest.HarvestReport;

import java.util.List;
import java.util.Objects;

/** Tells several listeners, in order; one that throws does not keep the news from the others. */
public final class CompositeListener implements HarvestListener {
    private final List<HarvestListener> listeners;

    private CompositeListener(List<HarvestListener> listeners) {
        this.listeners = listeners;
    }

    /** A listener telling each of {@code listeners} (nulls are skipped). */
    public static HarvestListener of(HarvestListener... listeners) {
        return new CompositeListener(java.util.Arrays.stream(listeners).filter(Objects::nonNull).toList());
    }

    @Override
    public void pageHarvested(HarvestProgress progress) {
        for (HarvestListener l : listeners) {
            try {
                l.pageHarvested(progress);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(CompositeListener.class).warn("listener failed on {}", progress.sourceCode(), e);
            }
        }
    }

    @Override
    public void finished(HarvestReport report) {
        for (HarvestListener l : listeners) {
            try {
                l.finished(report);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(CompositeListener.class).warn("listener failed on {}", report.sourceCode(), e);
            }
        }
    }
}
