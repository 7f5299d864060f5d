package cn.tjlib.warehouse.app.report;

import cn.tjlib.warehouse.report.LibraryReport;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a library's report in one of the download formats; shared by the HTTP download and the command line. */
public final class ReportWriter {
    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private ReportWriter() {
    }

    public static void write(ReportFormat format, LibraryReport report, OutputStream out) throws IOException {
        switch (format) {
            case XLSX -> XlsxReport.write(report, out);
            case CSV -> CsvReport.write(report, out);
            case JSON -> JSON.writeValue(out, report);
        }
    }
}
