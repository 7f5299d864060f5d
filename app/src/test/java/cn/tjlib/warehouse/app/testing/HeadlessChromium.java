package cn.tjlib.warehouse.app.testing;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;

/**
 * Debian's chromium and chromedriver, headless, with a fresh profile (and a download folder) per
 * browser. Missing browsers skip the test with a message, except under {@code CI=true}, where they fail it.
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final Path profile;
    private final Path downloads;

    private HeadlessChromium(WebDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    public static HeadlessChromium start() throws IOException {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("under CI=true the browser tests must run: install chromium and chromium-driver");
        }
        Assumptions.assumeTrue(installed, "SKIPPED: chromium or chromedriver missing; browser tests skipped outside CI");
        Path profile = Files.createTempDirectory("chromium-profile-");
        Path downloads = Files.createTempDirectory("chromium-downloads-");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        return new HeadlessChromium(driver, profile, downloads);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Where the browser saves downloads. */
    public Path downloads() {
        return downloads;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        for (Path dir : new Path[] {profile, downloads}) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
