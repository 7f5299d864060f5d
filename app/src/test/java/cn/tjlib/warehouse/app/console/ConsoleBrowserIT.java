package cn.tjlib.warehouse.app.console;

import cn.tjlib.warehouse.app.testing.HeadlessChromium;
import cn.tjlib.warehouse.fixtures.DemoNetwork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in headless Chromium (Debian's chromium and chromedriver): a member of staff logs in,
 * adds a source pointing at a demo library, tests the connection, runs it, watches its progress and
 * sees the result, without reloading the page.
 */
@ConsoleServiceTest
class ConsoleBrowserIT {
    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @LocalServerPort int port;
    @Autowired DemoNetwork network;

    @BeforeAll
    static void startChromium() throws IOException {
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void staffLogInAddASourceRunItWatchProgressAndSeeTheResult() {
        open("/console/sources");
        assertThat(browser.getCurrentUrl()).endsWith("/console/login");
        type("username", ConsoleServiceTest.ADMIN);
        type("password", ConsoleServiceTest.ADMIN_PASSWORD);
        click("login");
        assertThat(browser.findElement(By.id("sources")).getText()).contains("heping");

        open("/console/sources/new");
        type("code", "web-hangu");
        type("name", "汉沽图书馆（浏览器测试）");
        type("baseUrl", network.source("hangu").baseUrl());
        type("schedule", "every night");
        click("save");
        assertThat(text("schedule-error")).contains("cron");

        browser.findElement(By.id("schedule")).clear();
        type("schedule", "0 15 3 * * *");
        click("test-connection");
        assertThat(text("identify-result")).contains("连接成功").contains("2.0");

        click("save");
        assertThat(text("flash")).contains("web-hangu");
        click("run");

        var wait = new WebDriverWait(browser, Duration.ofSeconds(120)).ignoring(WebDriverException.class);
        wait.until(d -> d.findElement(By.id("flash")).getText().contains("已开始采集"));
        wait.until(d -> "FINISHED".equals(d.findElement(By.id("progress")).getDomAttribute("data-state")));
        WebElement progress = browser.findElement(By.id("progress"));
        assertThat(progress.getDomAttribute("data-status")).isEqualTo("SUCCEEDED");
        int expected = (int) network.groundTruth().count("hangu");
        assertThat(progress.getText()).contains(expected + " 条 records");
        wait.until(d -> "true".equals(d.findElement(By.id("progress")).getDomAttribute("data-history-refreshed")));
        assertThat(text("history")).contains("成功 succeeded");

        open("/console/sources?sort=status");
        assertThat(browser.findElement(By.id("row-web-hangu")).getText()).contains("空闲 idle");
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private static void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    private static void click(String id) {
        browser.findElement(By.id(id)).click();
    }

    /**
     * The text of an element once the page showing it has loaded (waits ignore the errors of an element
     * read while the page is replaced: stale, or "node does not belong to the document"): a click that submits a form does not wait
     * for the next page, and on a loaded machine the element is not there yet when the click returns.
     */
    private static String text(String id) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(d -> {
                    String text = d.findElement(By.id(id)).getText();
                    return text.isBlank() ? null : text;
                });
    }
}
