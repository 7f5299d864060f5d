package cn.tjlib.warehouse.app.report;

import cn.tjlib.warehouse.app.e2e.DemoWarehouseTest;
import cn.tjlib.warehouse.app.testing.HeadlessChromium;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A district library's cataloguer in headless Chromium: logs in, reads their library's validation
 * report and downloads it as XLSX; the workbook holds the same counts as the page.
 */
@DemoWarehouseTest
class ReportBrowserIT {
    private static HeadlessChromium chromium;
    private static WebDriver browser;
    private static Path downloads;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder passwords;

    @BeforeAll
    static void startChromium() throws IOException {
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
        downloads = chromium.downloads();
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aDistrictLibraryLogsInReadsItsReportAndDownloadsTheSameCountsAsXlsx() throws Exception {
        jdbc.update("insert into console_user (username, password_hash, role, library_code, enabled, created_at) "
                + "values ('hexi-browser', ?, 'LIBRARY', 'hexi', true, current_timestamp)", passwords.encode("hexi-pass"));

        browser.get("http://127.0.0.1:" + port + "/reports.html?library=hexi");
        assertThat(browser.getCurrentUrl()).endsWith("/console/login");
        browser.findElement(By.id("username")).sendKeys("hexi-browser");
        browser.findElement(By.id("password")).sendKeys("hexi-pass");
        browser.findElement(By.id("login")).click();

        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> d.findElement(By.id("title")).getText().startsWith("hexi"));
        long harvested = pageCount(0);
        long published = pageCount(1);
        long quarantined = pageCount(2);
        assertThat(quarantined).isPositive();
        assertThat(browser.findElement(By.id("rules")).getText()).contains("TJV-");

        browser.findElement(By.id("xlsx")).click();
        Path file = downloads.resolve("report-hexi.xlsx");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Files.exists(file)
                && !Files.exists(downloads.resolve("report-hexi.xlsx.crdownload")));
        try (InputStream in = Files.newInputStream(file); Workbook book = new XSSFWorkbook(in)) {
            Sheet summary = book.getSheet(XlsxReport.SUMMARY);
            assertThat((long) summary.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(harvested);
            assertThat((long) summary.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(published);
            assertThat((long) summary.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(quarantined);
        }
    }

    /** The number in the page's counts table, row {@code index} (harvested, published, quarantined …). */
    private static long pageCount(int index) {
        var cells = browser.findElements(By.cssSelector("#counts td.n"));
        return Long.parseLong(cells.get(index).getText().strip());
    }
}
