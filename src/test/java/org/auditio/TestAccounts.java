package org.auditio;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.auditio.accounts.AccountAdministration;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.Registration;
import org.auditio.accounts.Role;

/** Accounts with unique addresses, since every test shares one database. */
public final class TestAccounts {

    public static final String ADMIN = "test-admin@test.auditio";
    public static final String PASSWORD = "four words nobody guesses";

    private TestAccounts() {}

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.auditio";
    }

    /** An organiser account (invited by an admin; it needs no password to act in a test). */
    public static String organiser(AccountAdministration administration) {
        String email = uniqueEmail("organiser");
        AsUser.run(ADMIN, Role.ADMIN, () -> administration.createOrganiser(email, "Test Organiser", Locale.ENGLISH));
        return email;
    }

    /** A candidate who registered in the given language and followed the link mailed to them. */
    public static String candidate(AccountService accounts, Locale language) {
        String email = uniqueEmail("candidate");
        register(accounts, new Registration("Test Candidate", email, PASSWORD, language));
        return email;
    }

    /**
     * Registers and follows the link mailed to the address, as a candidate does: the account exists
     * afterwards. Needs {@link RegistrationLinks} in the context (imported by {@link Fixtures}).
     */
    public static void register(AccountService accounts, Registration registration) {
        accounts.register(registration);
        accounts.confirmRegistration(RegistrationLinks.secretFor(registration.email()));
    }

    /**
     * Logs in through the login form of the server at {@code baseUrl}, as a browser does, and gives
     * the session as a {@code Cookie} header value.
     */
    public static String sessionCookie(String baseUrl, String email) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(), HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<Void> login = client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        if (login.headers().firstValue("location").orElse("").contains("error")) {
            throw new IllegalStateException("Login refused for " + email);
        }
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .findFirst()
                .orElseThrow();
    }
}
