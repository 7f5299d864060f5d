package cn.tjlib.warehouse.app.cli;

import cn.tjlib.warehouse.harvest.HarvestListener;
import cn.tjlib.warehouse.harvest.HarvestProgress;
import cn.tjlib.warehouse.harvest.HarvestReport;
import cn.tjlib.warehouse.source.Source;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The progress of {@code ./warehouse harvest} on a terminal: one line per running source (records,
 * rate, a bar and the time left when the source announces its list size), redrawn in place four
 * times a second; a finished source's line stays above them. Off a terminal only the finished lines
 * are printed, so logs and pipes stay clean.
 */
final class ProgressBoard implements AutoCloseable {
    private static final int BAR = 24;

    private final PrintStream out;
    private final boolean terminal;
    private final Map<String, Line> active = new ConcurrentSkipListMap<>();
    private final List<String> done = new ArrayList<>();
    private final ScheduledExecutorService painter;
    private int drawn;

    ProgressBoard(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
        this.painter = terminal ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "harvest-progress");
            t.setDaemon(true);
            return t;
        }) : null;
        if (painter != null) {
            painter.scheduleAtFixedRate(this::paint, 250, 250, TimeUnit.MILLISECONDS);
        }
    }

    HarvestListener listenerFor(Source source) {
        return new HarvestListener() {
            @Override
            public void pageHarvested(HarvestProgress p) {
                active.computeIfAbsent(source.code(), c -> new Line(source, p.recordsSoFar() - p.lastPage().total())).update(p);
            }

            @Override
            public void finished(HarvestReport r) {
                active.remove(source.code());
                String text = String.format("%-10s %-9s %7d records in %6.1f s%s", source.code(), r.status(), r.counts().total(),
                        r.duration().toMillis() / 1000.0, r.error() == null ? "" : "  " + r.error());
                synchronized (ProgressBoard.this) {
                    if (terminal) {
                        done.add(text);
                    } else {
                        out.println(text);
                    }
                }
            }
        };
    }

    private synchronized void paint() {
        StringBuilder b = new StringBuilder();
        if (drawn > 0) {
            b.append("\033[").append(drawn).append('F');
        }
        for (String d : done) {
            b.append("\033[2K").append(d).append('\n');
        }
        done.clear();
        List<Line> lines = new ArrayList<>(active.values());
        for (Line l : lines) {
            b.append("\033[2K").append(l.render()).append('\n');
        }
        b.append("\033[J");
        drawn = lines.size();
        out.print(b);
        out.flush();
    }

    @Override
    public void close() {
        if (painter != null) {
            painter.shutdownNow();
            paint();
        }
    }

    /** One source's progress line. */
    private static final class Line {
        private final Source source;
        private final int baseline;
        private final long began = System.nanoTime();
        private volatile int records;
        private volatile int pages;
        private volatile long size = -1;

        Line(Source source, int baseline) {
            this.source = source;
            this.baseline = Math.max(0, baseline);
        }

        void update(HarvestProgress p) {
            records = p.recordsSoFar();
            pages = p.pages();
            size = p.completeListSize().orElse(size);
        }

        String render() {
            double seconds = Math.max(0.001, (System.nanoTime() - began) / 1e9);
            double rate = (records - baseline) / seconds;
            String head = String.format("%-10s %7d", source.code(), records);
            if (size <= 0) {
                return String.format("%s records  page %d  %.0f rec/s", head, pages, rate);
            }
            int filled = (int) Math.min(BAR, BAR * records / size);
            String eta = rate > 0 ? String.format("ETA %ds", Math.round((size - records) / rate)) : "ETA ?";
            return String.format("%s/%-7d [%s%s] %3d%%  %.0f rec/s  %s", head, size, "#".repeat(filled), ".".repeat(BAR - filled),
                    records * 100 / size, rate, eta);
        }
    }
}
