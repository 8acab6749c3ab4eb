package org.auditio.accounts.internal;

import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionCookieConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * The session cookie. Tomcat marks it {@code Secure} by itself whenever the request came over HTTPS
 * (behind a proxy: its {@code X-Forwarded-Proto}, read by the native forward-headers strategy), so
 * nothing is needed for that. Where the site is served over HTTPS only ({@code
 * auditio.secure-cookies}, i.e. {@code AUDITIO_SECURE_COOKIES=true}), the cookie is always {@code
 * Secure} and named {@code __Host-JSESSIONID}: browsers accept that name only with {@code Secure},
 * {@code Path=/} and no {@code Domain}, so neither a plain-HTTP page nor a sibling subdomain can set
 * or overwrite the session (session fixation through a cookie). It cannot be the default: over
 * plain HTTP (development) browsers would drop such a cookie and nobody could log in.
 *
 * <p>Spring Boot applies {@code server.servlet.session.cookie.*} before the application's own
 * initializers run, so these settings are the last word.
 */
@Component
class SessionCookies implements ServletContextInitializer {

    static final String HOST_ONLY_NAME = "__Host-JSESSIONID";

    private final boolean httpsOnly;

    SessionCookies(@Value("${auditio.secure-cookies:false}") boolean httpsOnly) {
        this.httpsOnly = httpsOnly;
    }

    @Override
    public void onStartup(ServletContext servletContext) {
        if (httpsOnly) {
            SessionCookieConfig cookie = servletContext.getSessionCookieConfig();
            cookie.setName(HOST_ONLY_NAME);
            cookie.setSecure(true);
            cookie.setPath("/");
            cookie.setDomain(null);
        }
    }
}
