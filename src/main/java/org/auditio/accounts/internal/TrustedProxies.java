package org.auditio.accounts.internal;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Which peers may tell us, in {@code X-Forwarded-For} and {@code X-Forwarded-Proto}, who the client
 * is: only the reverse proxies named in {@code auditio.trusted-proxies} (addresses or CIDR blocks,
 * comma-separated). By default nobody, so a client's own forwarded headers are ignored and the
 * login throttle counts the address it really connects from. Tomcat alone would trust every
 * private address, so anyone inside a network could dodge their own lock or lock another address.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final String proxies;

    TrustedProxies(@Value("${auditio.trusted-proxies:}") String proxies) {
        this.proxies = asCidrBlocks(proxies);
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.getEngineValves().stream()
                .filter(RemoteIpValve.class::isInstance)
                .map(RemoteIpValve.class::cast)
                .forEach(valve -> valve.setInternalProxies(proxies));
    }

    /** After Spring Boot's own customizer, which sets Tomcat's default. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /**
     * Tomcat reads the setting as CIDR blocks only when it holds a slash (otherwise as a regular
     * expression): single addresses get theirs. A malformed entry stops the start-up.
     */
    static String asCidrBlocks(String setting) {
        return Arrays.stream(setting.split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(entry -> entry.contains("/") ? entry : entry + (entry.contains(":") ? "/128" : "/32"))
                .peek(NetMask::new)
                .collect(Collectors.joining(","));
    }
}
