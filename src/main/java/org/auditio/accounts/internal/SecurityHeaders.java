package org.auditio.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response. Spring Security writes its own only where its filter chain
 * handles the response, and Vaadin answers public pages outside of that: this filter covers all.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

    /**
     * What a page may load and run. Vaadin Flow needs {@code 'unsafe-inline'} scripts (its bootstrap
     * page carries the first UI state in an inline script) and {@code 'unsafe-eval'} (every {@code
     * executeJs} and server-side event expression is compiled with {@code new Function}), and inline
     * styles: the bootstrap page has three {@code <style>} elements, and the components create more
     * and set {@code style} attributes (without it Chromium reported 787 violations on 28 pages, all
     * of them styles) and fonts from {@code data:} (the upload button's icon font). Everything else is as narrow as the views allow, checked in Chromium across every route and role
     * ({@code ContentSecurityPolicyJourneyTest}): only our own origin, no plugins, no framing, forms
     * posting to ourselves, recordings from our own {@code /media} (and {@code blob:} for the player).
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "media-src 'self' blob:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'",
            "form-action 'self'");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), geolocation=(), microphone=(), payment=()");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
