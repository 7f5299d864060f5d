package cn.tjlib.warehouse.app.console;

import cn.tjlib.warehouse.app.testing.ConsoleBrowser;
import cn.tjlib.warehouse.fixtures.DemoNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in headless Chromium (Debian's chromium and chromedriver): a member of staff logs in,
 * adds a source pointing at a demo library, tests the connection, runs it, watches its progress and
 * sees the result, without reloading the page.
 */
@ConsoleServiceTest
class ConsoleBrowserIT {
    @RegisterExtension
    static final ConsoleBrowser chrome = new ConsoleBrowser();

    @LocalServerPort int port;
    @Autowired DemoNetwork network;


    @Test
    void staffLogInAddASourceRunItWatchProgressAndSeeTheResult() {
        open("/console/sources");
        assertThat(chrome.driver().getCurrentUrl()).endsWith("/console/login");
        chrome.logIn(ConsoleServiceTest.ADMIN, ConsoleServiceTest.ADMIN_PASSWORD);
        assertThat(chrome.driver().findElement(By.id("sources")).getText()).contains("heping");

        open("/console/sources/new");
        chrome.type("code", "web-hangu");
        chrome.type("name", "汉沽图书馆（浏览器测试）");
        chrome.type("baseUrl", network.source("hangu").baseUrl());
        chrome.type("schedule", "every night");
        chrome.click("save");
        assertThat(chrome.text("schedule-error")).contains("cron");

        chrome.driver().findElement(By.id("schedule")).clear();
        chrome.type("schedule", "0 15 3 * * *");
        chrome.click("test-connection");
        assertThat(chrome.text("identify-result")).contains("连接成功").contains("2.0");

        chrome.click("save");
        assertThat(chrome.text("flash")).contains("web-hangu");
        chrome.click("run");

        var wait = new WebDriverWait(chrome.driver(), Duration.ofSeconds(120)).ignoring(WebDriverException.class);
        wait.until(d -> d.findElement(By.id("flash")).getText().contains("已开始采集"));
        wait.until(d -> "FINISHED".equals(d.findElement(By.id("progress")).getDomAttribute("data-state")));
        WebElement progress = chrome.driver().findElement(By.id("progress"));
        assertThat(progress.getDomAttribute("data-status")).isEqualTo("SUCCEEDED");
        int expected = (int) network.groundTruth().count("hangu");
        assertThat(progress.getText()).contains(expected + " 条 records");
        wait.until(d -> "true".equals(d.findElement(By.id("progress")).getDomAttribute("data-history-refreshed")));
        assertThat(chrome.text("history")).contains("成功 succeeded");

        open("/console/sources?sort=status");
        assertThat(chrome.driver().findElement(By.id("row-web-hangu")).getText()).contains("空闲 idle");
    }

    private void open(String path) {
        chrome.open(port, path);
    }
}
