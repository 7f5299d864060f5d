package cn.tjlib.warehouse.app.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Headless Chromium for the console's browser tests, started before a test class's first test and closed
 * after its last ({@code @RegisterExtension static final ConsoleBrowser browser = new ConsoleBrowser();}),
 * with the steps every such test takes: open a console page, log in, type, click, read an element once
 * the page showing it has loaded.
 */
public final class ConsoleBrowser implements BeforeAllCallback, AfterAllCallback {
    private HeadlessChromium chromium;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        chromium = HeadlessChromium.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    public WebDriver driver() {
        return chromium.driver();
    }

    /** Where the browser saves downloads. */
    public Path downloads() {
        return chromium.downloads();
    }

    /** Opens a page of the service on this port. */
    public void open(int port, String path) {
        driver().get("http://127.0.0.1:" + port + path);
    }

    /** Fills in the login form shown and submits it. */
    public void logIn(String username, String password) {
        type("username", username);
        type("password", password);
        click("login");
    }

    public void type(String id, String text) {
        driver().findElement(By.id(id)).sendKeys(text);
    }

    public void click(String id) {
        driver().findElement(By.id(id)).click();
    }

    /**
     * The element once the page that has it is loaded: a click on a submit button returns before the next page
     * is there. The wait ignores the errors of an element read while the page is replaced (stale, or "node
     * does not belong to the document").
     */
    public WebElement shown(String id) {
        return new WebDriverWait(driver(), Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(d -> d.findElement(By.id(id)));
    }

    /** The text of an element once the page showing it has loaded and the text is there (see {@link #shown}). */
    public String text(String id) {
        return new WebDriverWait(driver(), Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(d -> {
                    String text = d.findElement(By.id(id)).getText();
                    return text.isBlank() ? null : text;
                });
    }
}
