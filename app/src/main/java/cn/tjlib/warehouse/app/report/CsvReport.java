package cn.tjlib.warehouse.app.report;

import cn.tjlib.warehouse.report.FailingRecord;
import cn.tjlib.warehouse.report.LibraryReport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** A library's failing records as CSV, one finding per row, UTF-8 with a byte-order mark so that Excel reads the Chinese. */
final class CsvReport {
    private static final String[] HEADER = {"OAI标识符 identifier", "题名 title", "状态 status", "规则 rule", "级别 severity",
        "字段 field", "值 value", "说明 message", "message", "建议 suggestion"};

    private CsvReport() {
    }

    static void write(LibraryReport report, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        row(w, HEADER);
        for (FailingRecord f : report.failures()) {
            row(w, f.oaiIdentifier(), f.title(), f.status(), f.ruleId(), f.severity(), f.field(), f.value(), f.messageZh(),
                    f.messageEn(), f.suggestion());
        }
        w.flush();
    }

    private static void row(Writer w, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(cells[i]));
        }
        w.write("\r\n");
    }

    // RFC 4180 quoting; a leading = + - @ is prefixed so that a spreadsheet never runs a cell as a formula
    private static String quote(String s) {
        String v = s == null ? "" : s;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
