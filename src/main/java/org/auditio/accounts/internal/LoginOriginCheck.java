package org.auditio.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login form posted from another site (login CSRF: a page elsewhere would otherwise log
 * the visitor's browser into an account of the attacker's choosing). Vaadin's login form posts
 * without a CSRF token, and Vaadin's security configurer exempts the login URL from Spring's
 * token check, so this filter asks the browser instead: {@code Sec-Fetch-Site} must say
 * same-origin; where a browser does not send it, the {@code Origin} must be this server's (as
 * the request reached it) or the configured public address. Requests with neither header come
 * from programs, not from a browser someone else steers.
 */
class LoginOriginCheck extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginOriginCheck.class);

    private final String publicOrigin;

    LoginOriginCheck(String baseUrl) {
        this.publicOrigin = origin(URI.create(baseUrl));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && "/login".equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromElsewhere(request)) {
            log.info(
                    "Login form posted from elsewhere refused (Origin {}, Sec-Fetch-Site {})",
                    request.getHeader("Origin"),
                    request.getHeader("Sec-Fetch-Site"));
            // Written here rather than through sendError: the error page would go through security
            // again and answer with a redirect to the login page, which looks like an ordinary failure.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Log in from Auditio's own login page.");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean fromElsewhere(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !(site.equals("same-origin") || site.equals("none"));
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String claimed = parsedOrigin(origin);
        return claimed == null || !(claimed.equals(ownOrigin(request)) || claimed.equals(publicOrigin));
    }

    private static String ownOrigin(HttpServletRequest request) {
        return origin(request.getScheme(), request.getServerName(), request.getServerPort());
    }

    /** {@code null} for "null" (sandboxed frames, data: pages) and anything unreadable. */
    private static @Nullable String parsedOrigin(String header) {
        try {
            URI uri = URI.create(header.strip());
            return uri.getScheme() == null || uri.getHost() == null ? null : origin(uri);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String origin(URI uri) {
        return origin(uri.getScheme(), uri.getHost(), uri.getPort());
    }

    /** scheme://host:port, lower case, with the scheme's default port written out. */
    private static String origin(String scheme, String host, int port) {
        String lowerScheme = scheme.toLowerCase(Locale.ROOT);
        int effectivePort = port >= 0 ? port : lowerScheme.equals("https") ? 443 : 80;
        return lowerScheme + "://" + host.toLowerCase(Locale.ROOT) + ":" + effectivePort;
    }
}
