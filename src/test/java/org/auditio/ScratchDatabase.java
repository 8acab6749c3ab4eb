package org.auditio;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database of its own on the tests' PostgreSQL server, for tests that migrate a schema step by
 * step (the shared database is already at the latest version). Dropped on close.
 */
final class ScratchDatabase implements AutoCloseable {

    private final DataSource server;
    private final String name = "scratch_" + UUID.randomUUID().toString().replace("-", "");
    private final PGSimpleDataSource dataSource = new PGSimpleDataSource();

    ScratchDatabase(DataSource server) throws SQLException {
        this.server = server;
        JdbcClient.create(server).sql("create database " + name).update();
        try (Connection connection = server.getConnection()) {
            dataSource.setURL(connection.getMetaData().getURL().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"));
            dataSource.setUser(connection.getMetaData().getUserName());
        }
        dataSource.setPassword("postgres");
    }

    DataSource dataSource() {
        return dataSource;
    }

    JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    /** Flyway on this database, configured exactly as the application's (out-of-order, validation, group). */
    FluentConfiguration flyway(Flyway application) {
        return Flyway.configure().configuration(application.getConfiguration()).dataSource(dataSource);
    }

    @Override
    public void close() {
        JdbcClient.create(server)
                .sql("drop database if exists " + name.toLowerCase(Locale.ROOT) + " with (force)")
                .update();
    }
}
