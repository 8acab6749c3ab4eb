package org.auditio.accounts.internal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One browser-like client (its own cookies) posting the login form over a real socket. */
final class LoginOverHttp {

    private final String baseUrl;
    private final HttpClient client;

    LoginOverHttp(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    String baseUrl() {
        return baseUrl;
    }

    /** Posts the form with extra headers (name, value, name, value …). */
    HttpResponse<Void> post(String email, String password, String... headers) throws IOException, InterruptedException {
        get("/login");
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding());
    }

    HttpResponse<Void> get(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path)).build(), HttpResponse.BodyHandlers.discarding());
    }

    /** Whether this client's session is logged in: a page for members only answers instead of sending to the login. */
    boolean loggedIn() throws IOException, InterruptedException {
        HttpResponse<Void> page = get("/account");
        return page.statusCode() == 200;
    }

    /** The addresses the throttle counted the account's failures under. */
    static java.util.List<String> countedAddresses(JdbcClient jdbc, String email) {
        String prefix = "pair:" + email.toLowerCase(Locale.ROOT) + " ";
        return jdbc.sql("select substring(subject from ?) from login_failure where subject like ?")
                .params(prefix.length() + 1, prefix + "%")
                .query(String.class)
                .list();
    }
}
