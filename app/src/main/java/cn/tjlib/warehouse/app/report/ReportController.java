package cn.tjlib.warehouse.app.report;

import cn.tjlib.warehouse.report.JdbcValidationReports;
import cn.tjlib.warehouse.report.LibraryReport;
import cn.tjlib.warehouse.report.LibrarySummary;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/** Validation reports for contributing libraries: JSON for the console page, CSV/XLSX/JSON downloads, records as harvested. */
@RestController
class ReportController {
    static final int MAX_FAILURES = 50_000;
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_-]{1,31}");

    private final JdbcValidationReports reports;

    ReportController(JdbcValidationReports reports) {
        this.reports = reports;
    }

    /** The network-wide summary: one line per member library. */
    @GetMapping(value = "/api/reports", produces = "application/json")
    List<LibrarySummary> network() {
        return reports.network();
    }

    @GetMapping(value = "/api/reports/{library}", produces = "application/json")
    LibraryReport library(@PathVariable String library, @RequestParam(defaultValue = "200") int limit) {
        if (limit < 1 || limit > MAX_FAILURES) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_FAILURES + ", got " + limit);
        }
        return find(library, limit);
    }

    /** The report as a file to download: {@code format} is xlsx, csv or json. */
    @GetMapping("/api/reports/{library}/download")
    void download(@PathVariable String library, @RequestParam(defaultValue = "xlsx") String format,
                  HttpServletResponse response) throws IOException {
        ReportFormat f = ReportFormat.of(format);
        LibraryReport report = find(library, MAX_FAILURES);
        response.setContentType(f.mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"report-" + library + "." + f.extension() + "\"");
        ReportWriter.write(f, report, response.getOutputStream());
    }

    /** A record's metadata exactly as the library sent it. */
    @GetMapping(value = "/api/reports/{library}/harvested", produces = "text/xml;charset=UTF-8")
    ResponseEntity<String> harvested(@PathVariable String library, @RequestParam String identifier) {
        checkCode(library);
        return reports.harvestedXml(library, identifier).map(ResponseEntity::ok)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no record " + identifier + " from " + library));
    }

    private LibraryReport find(String library, int limit) {
        checkCode(library);
        return reports.report(library, limit)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no library with code '" + library + "'"));
    }

    private static void checkCode(String library) {
        if (!CODE.matcher(library).matches()) {
            throw new IllegalArgumentException("library code must be lower-case letters and digits, got '" + library + "'");
        }
    }
}
