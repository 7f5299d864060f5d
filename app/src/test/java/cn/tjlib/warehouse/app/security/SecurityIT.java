package cn.tjlib.warehouse.app.security;

import cn.tjlib.warehouse.app.console.ConsoleServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may see what, over real HTTP: public read-only endpoints, the console behind a form login with CSRF, the admin API behind Basic. */
@ConsoleServiceTest
class SecurityIT {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired JdbcConsoleUsers users;

    @Test
    void oaiSearchHealthAndMetricsArePublic() throws Exception {
        HttpClient anon = client();
        assertThat(get(anon, "/oai?verb=Identify").statusCode()).isEqualTo(200);
        assertThat(get(anon, "/api/search?q=" + enc("天津")).statusCode()).isEqualTo(200);
        HttpResponse<String> health = get(anon, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("harvestSources");
        assertThat(get(anon, "/actuator/prometheus").statusCode()).isEqualTo(200);
        assertThat(get(anon, "/v3/api-docs").statusCode()).isEqualTo(200);
    }

    @Test
    void consolePagesSendStrangersToTheLoginPage() throws Exception {
        HttpResponse<String> r = get(client(), "/console/sources");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console/login"));
        assertThat(get(client(), "/actuator/metrics").statusCode()).isEqualTo(302);
    }

    @Test
    void adminApiNeedsBasicCredentialsOfAnAdministrator() throws Exception {
        assertThat(get(client(), "/api/admin/sources").statusCode()).isEqualTo(401);
        assertThat(send(client(), basic(request("/api/admin/sources"), "admin", "wrong-password").build()).statusCode()).isEqualTo(401);
        HttpResponse<String> ok = send(client(), basic(request("/api/admin/sources"), ConsoleServiceTest.ADMIN,
                ConsoleServiceTest.ADMIN_PASSWORD).build());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"heping\"");
    }

    @Test
    void loginWithoutTheCsrfTokenIsRefused() throws Exception {
        HttpResponse<String> r = post(client(), "/console/login", "username=admin&password=" + ConsoleServiceTest.ADMIN_PASSWORD);
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void anAdministratorLogsInAndActionsStillNeedTheCsrfToken() throws Exception {
        HttpClient browser = client();
        String token = login(browser, ConsoleServiceTest.ADMIN, ConsoleServiceTest.ADMIN_PASSWORD);
        HttpResponse<String> page = get(browser, "/console/sources");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("采集源").contains("heping");

        assertThat(post(browser, "/console/sources/heping/enabled", "enabled=true").statusCode()).isEqualTo(403);
        assertThat(post(browser, "/console/sources/heping/enabled", "enabled=true&_csrf=" + enc(token)).statusCode()).isEqualTo(302);
    }

    @Test
    void wrongPasswordShowsTheLoginPageWithAnError() throws Exception {
        HttpClient browser = client();
        String token = csrf(get(browser, "/console/login").body());
        HttpResponse<String> r = post(browser, "/console/login", "username=admin&password=nope&_csrf=" + enc(token));
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/console/login?error"));
    }

    @Test
    void aLibraryCataloguerReachesOnlyTheirOwnLibrary() throws Exception {
        users.create("hexi-cataloguer", "library-pw-123", Role.LIBRARY, "hexi");
        HttpClient browser = client();
        login(browser, "hexi-cataloguer", "library-pw-123");

        assertThat(get(browser, "/console/sources").statusCode()).isEqualTo(403);
        assertThat(get(browser, "/console/libraries/heping").statusCode()).isEqualTo(403);
        // allowed through; the page itself arrives with the validation-report issue
        assertThat(get(browser, "/console/libraries/hexi").statusCode()).isEqualTo(404);
    }

    private String login(HttpClient browser, String user, String password) throws Exception {
        String token = csrf(get(browser, "/console/login").body());
        HttpResponse<String> r = post(browser, "/console/login", "username=" + enc(user) + "&password=" + enc(password)
                + "&_csrf=" + enc(token));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return csrf(get(browser, "/console/login").body());
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token in %s", html).isTrue();
        return m.group(1);
    }

    private HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private static HttpRequest.Builder basic(HttpRequest.Builder b, String user, String password) {
        return b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> get(HttpClient c, String path) throws Exception {
        return send(c, request(path).build());
    }

    private HttpResponse<String> post(HttpClient c, String path, String form) throws Exception {
        return send(c, request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private static HttpResponse<String> send(HttpClient c, HttpRequest r) throws Exception {
        return c.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
