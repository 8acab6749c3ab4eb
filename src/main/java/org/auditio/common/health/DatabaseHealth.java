package org.auditio.common.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's part of {@code /actuator/health}, in place of Spring Boot's, which checks a
 * connection with {@code isValid(0)}, that is without a time limit: a database that stops answering
 * (a frozen server, a network that drops packets) made the health check hang instead of saying
 * DOWN. Here taking a connection is bounded by the pool's connection timeout and the check by
 * {@code auditio.health.db-timeout}, so the answer comes within a few seconds either way.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator {

    private final DataSource dataSource;
    private final int timeoutSeconds;

    DatabaseHealth(DataSource dataSource, @Value("${auditio.health.db-timeout:2s}") Duration timeout) {
        this.dataSource = dataSource;
        this.timeoutSeconds = (int) Math.max(1, timeout.toSeconds());
    }

    @Override
    public Health health() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(timeoutSeconds)) {
                return Health.up().build();
            }
            return Health.down()
                    .withDetail("error", "no answer within " + timeoutSeconds + " s")
                    .build();
        } catch (SQLException e) {
            return Health.down(e).build();
        }
    }
}
