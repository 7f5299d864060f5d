package cn.tjlib.warehouse.app.cli;

import cn.tjlib.warehouse.app.harvest.NetworkHarvest;
import cn.tjlib.warehouse.harvest.HarvestReport;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.stereotype.Component;

import java.util.List;

/** {@code ./warehouse harvest [--source CODE] [--full]}: harvests now, for operators and cron-less setups. */
@Component
class HarvestCommand implements WarehouseCommand {
    private final JdbcSourceRegistry sources;
    private final NetworkHarvest harvest;

    private final ObjectProvider<LoggingSystem> logging;

    HarvestCommand(JdbcSourceRegistry sources, NetworkHarvest harvest, ObjectProvider<LoggingSystem> logging) {
        this.sources = sources;
        this.harvest = harvest;
        this.logging = logging;
    }

    @Override
    public String name() {
        return "harvest";
    }

    @Override
    public String usage() {
        return "harvest [--source CODE] [--full]  harvest every enabled source (or one) now";
    }

    @Override
    public int run(List<String> args) {
        String code = null;
        boolean full = false;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--full" -> full = true;
                case "--source" -> code = i + 1 < args.size() ? args.get(++i) : null;
                default -> {
                    System.err.println("unknown argument '" + args.get(i) + "'; usage: " + usage());
                    return 2;
                }
            }
        }
        List<Source> chosen = code == null ? sources.all().stream().filter(Source::enabled).toList()
                : sources.find(code).map(List::of).orElse(List.of());
        if (chosen.isEmpty()) {
            System.err.println(code == null ? "no enabled sources" : "no source with code '" + code + "'");
            return 2;
        }
        boolean terminal = System.console() != null;
        if (terminal) {
            // the progress lines replace the per-page log lines, which would tear them apart
            logging.ifAvailable(l -> l.setLogLevel("harvest", LogLevel.WARN));
        }
        List<HarvestReport> reports;
        try (ProgressBoard board = new ProgressBoard(System.out, terminal)) {
            reports = harvest.harvestAll(chosen, full, board::listenerFor);
        }
        System.out.printf("%n%-10s %-10s %8s %8s %8s %8s %8s %8s %9s  %s%n", "source", "status", "new", "updated", "same",
                "deleted", "rejected", "seconds", "rec/s", "error");
        for (HarvestReport r : reports) {
            var c = r.counts();
            double seconds = r.duration().toMillis() / 1000.0;
            System.out.printf("%-10s %-10s %8d %8d %8d %8d %8d %8.1f %9.0f  %s%n", r.sourceCode(), r.status(), c.created(),
                    c.updated(), c.unchanged(), c.deleted(), c.rejected(), seconds, seconds == 0 ? 0 : c.total() / seconds,
                    r.error() == null ? "" : r.error());
        }
        return reports.stream().allMatch(HarvestReport::succeeded) ? 0 : 1;
    }
}
