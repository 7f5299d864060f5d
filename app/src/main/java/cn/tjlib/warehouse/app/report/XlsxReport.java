package cn.tjlib.warehouse.app.report;

import cn.tjlib.warehouse.report.FailingRecord;
import cn.tjlib.warehouse.report.LibraryReport;
import cn.tjlib.warehouse.report.RuleCount;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** A library's report as an Excel workbook: summary, findings by rule, failing records (streamed, so large reports fit). */
final class XlsxReport {
    static final String SUMMARY = "概要 Summary";
    static final String RULES = "按规则 By rule";
    static final String RECORDS = "问题记录 Records";
    static final String DUPLICATES = "本馆重复 Duplicates";

    private XlsxReport() {
    }

    static void write(LibraryReport r, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet summary = book.createSheet(SUMMARY);
            row(summary, 0, "图书馆 library", r.library() + " " + r.libraryName());
            row(summary, 1, "生成时间 generated", r.generatedAt().toString());
            number(summary, 2, "已采集 harvested", r.harvested());
            number(summary, 3, "已发布 published", r.published());
            number(summary, 4, "已隔离 quarantined", r.quarantined());
            number(summary, 5, "已拒收 rejected", r.rejected());
            number(summary, 6, "已删除 deleted", r.deleted());
            Sheet rules = book.createSheet(RULES);
            row(rules, 0, "规则 rule", "级别 severity", "字段 field", "说明 message", "message", "记录数 records", "上次 previous");
            List<RuleCount> counts = r.rules();
            for (int i = 0; i < counts.size(); i++) {
                RuleCount c = counts.get(i);
                Row row = row(rules, i + 1, c.ruleId(), c.severity(), c.field(), c.messageZh(), c.messageEn());
                row.createCell(5).setCellValue(c.records());
                row.createCell(6).setCellValue(c.previous() < 0 ? "" : Long.toString(c.previous()));
            }
            Sheet records = book.createSheet(RECORDS);
            row(records, 0, "OAI标识符 identifier", "题名 title", "状态 status", "规则 rule", "级别 severity", "字段 field", "值 value",
                    "说明 message", "message", "建议 suggestion");
            for (int i = 0; i < r.failures().size(); i++) {
                FailingRecord f = r.failures().get(i);
                row(records, i + 1, f.oaiIdentifier(), f.title(), f.status(), f.ruleId(), f.severity(), f.field(), f.value(),
                        f.messageZh(), f.messageEn(), f.suggestion());
            }
            Sheet duplicates = book.createSheet(DUPLICATES);
            row(duplicates, 0, "规则 rule", "记录一 first record", "记录二 second record", "ISBN");
            for (int i = 0; i < r.duplicates().size(); i++) {
                var d = r.duplicates().get(i);
                row(duplicates, i + 1, d.ruleId(), d.firstIdentifier(), d.secondIdentifier(), d.isbn());
            }
            book.write(out);
            book.dispose();
        }
    }

    private static Row row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i] == null ? "" : cells[i]);
        }
        return row;
    }

    private static void number(Sheet sheet, int index, String label, long value) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
    }
}
