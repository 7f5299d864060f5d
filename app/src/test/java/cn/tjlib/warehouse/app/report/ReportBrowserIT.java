package cn.tjlib.warehouse.app.report;

import cn.tjlib.warehouse.app.e2e.DemoWarehouseTest;
import cn.tjlib.warehouse.app.testing.ConsoleBrowser;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A district library's cataloguer in headless Chromium: logs in, reads their library's validation
 * report and chrome.downloads() it as XLSX; the workbook holds the same counts as the page.
 */
@DemoWarehouseTest
class ReportBrowserIT {
    @RegisterExtension
    static final ConsoleBrowser chrome = new ConsoleBrowser();

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder passwords;


    @Test
    void aDistrictLibraryLogsInReadsItsReportAndDownloadsTheSameCountsAsXlsx() throws Exception {
        jdbc.update("insert into console_user (username, password_hash, role, library_code, enabled, created_at) "
                + "values ('hexi-browser', ?, 'LIBRARY', 'hexi', true, current_timestamp)", passwords.encode("hexi-pass"));

        chrome.open(port, "/reports.html?library=hexi");
        assertThat(chrome.driver().getCurrentUrl()).endsWith("/console/login");
        chrome.logIn("hexi-browser", "hexi-pass");

        var wait = new WebDriverWait(chrome.driver(), Duration.ofSeconds(30));
        wait.until(d -> d.findElement(By.id("title")).getText().startsWith("hexi"));
        long harvested = pageCount(0);
        long published = pageCount(1);
        long quarantined = pageCount(2);
        assertThat(quarantined).isPositive();
        assertThat(chrome.driver().findElement(By.id("rules")).getText()).contains("TJV-");

        chrome.driver().findElement(By.id("xlsx")).click();
        Path file = chrome.downloads().resolve("report-hexi.xlsx");
        new WebDriverWait(chrome.driver(), Duration.ofSeconds(30)).until(d -> Files.exists(file)
                && !Files.exists(chrome.downloads().resolve("report-hexi.xlsx.crdownload")));
        try (InputStream in = Files.newInputStream(file); Workbook book = new XSSFWorkbook(in)) {
            Sheet summary = book.getSheet(XlsxReport.SUMMARY);
            assertThat((long) summary.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(harvested);
            assertThat((long) summary.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(published);
            assertThat((long) summary.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(quarantined);
        }
    }

    /** The number in the page's counts table, row {@code index} (harvested, published, quarantined …). */
    private static long pageCount(int index) {
        var cells = chrome.driver().findElements(By.cssSelector("#counts td.n"));
        return Long.parseLong(cells.get(index).getText().strip());
    }
}
