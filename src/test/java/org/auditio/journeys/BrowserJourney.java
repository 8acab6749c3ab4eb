package org.auditio.journeys;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.auditio.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every journey does in the browser: one Chromium per class, pages in a given language and
 * size, logging in through the form, screenshots in {@code target/screenshots}.
 */
abstract class BrowserJourney {

    static Chromium chromium;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A fresh browser profile: its own cookies, language and window size. */
    static BrowserContext context(String locale, int width, int height) {
        BrowserContext context = chromium.browser.newContext(
                new Browser.NewContextOptions().setLocale(locale).setViewportSize(width, height));
        context.setDefaultTimeout(30_000);
        return context;
    }

    void logIn(Page page, String email) {
        page.navigate(url("/login"));
        fillLogin(page, email, TestAccounts.PASSWORD);
    }

    static void fillLogin(Page page, String email, String password) {
        page.locator("vaadin-login-form input[name=username]").fill(email);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(address -> !address.contains("/login"));
    }

    /**
     * Follows the link the application mailed to {@code email} (read from the outbox, where mail
     * waits when no SMTP server is configured) and whose path starts with {@code path}.
     */
    void followMailedLink(Page page, JdbcClient jdbc, String email, String path) {
        Pattern link = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "[A-Za-z0-9_-]+)");
        for (int i = 0; i < 300; i++) {
            for (String body : jdbc.sql("select body from outbound_mail where recipient = ? order by created_at desc")
                    .param(email)
                    .query(String.class)
                    .list()) {
                Matcher found = link.matcher(body);
                if (found.find()) {
                    page.navigate(url(found.group(1)));
                    return;
                }
            }
            page.waitForTimeout(100);
        }
        throw new AssertionError("No mail with a " + path + " link reached " + email);
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")));
    }
}
