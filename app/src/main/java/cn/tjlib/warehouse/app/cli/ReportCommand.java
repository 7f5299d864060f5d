package cn.tjlib.warehouse.app.cli;

import cn.tjlib.warehouse.app.report.ReportFormat;
import cn.tjlib.warehouse.app.report.ReportWriter;
import cn.tjlib.warehouse.report.JdbcValidationReports;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code ./warehouse report --library CODE [--format xlsx|csv|json] [--out FILE]}: a library's validation report as a file. */
@Component
class ReportCommand implements WarehouseCommand {
    private final JdbcValidationReports reports;

    ReportCommand(JdbcValidationReports reports) {
        this.reports = reports;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String usage() {
        return "report --library CODE [--format xlsx|csv|json] [--out FILE]  write a library's validation report";
    }

    @Override
    public int run(List<String> args) {
        String library = null;
        String format = "xlsx";
        String out = null;
        for (int i = 0; i + 1 < args.size(); i += 2) {
            switch (args.get(i)) {
                case "--library" -> library = args.get(i + 1);
                case "--format" -> format = args.get(i + 1);
                case "--out" -> out = args.get(i + 1);
                default -> {
                    System.err.println("unknown argument '" + args.get(i) + "'; usage: " + usage());
                    return 2;
                }
            }
        }
        if (library == null || args.size() % 2 != 0) {
            System.err.println("usage: " + usage());
            return 2;
        }
        ReportFormat f = ReportFormat.of(format);
        var report = reports.report(library, 1_000_000);
        if (report.isEmpty()) {
            System.err.println("no library with code '" + library + "'");
            return 2;
        }
        Path file = Path.of(out != null ? out : "report-" + library + "." + f.extension());
        try (OutputStream o = Files.newOutputStream(file)) {
            ReportWriter.write(f, report.get(), o);
        } catch (IOException e) {
            System.err.println("cannot write " + file + ": " + e.getMessage());
            return 1;
        }
        var r = report.get();
        System.out.printf("%s %s: %d harvested, %d published, %d quarantined, %d rejected, %d findings -> %s%n", r.library(),
                r.libraryName(), r.harvested(), r.published(), r.quarantined(), r.rejected(), r.failureCount(), file.toAbsolutePath());
        return 0;
    }
}
