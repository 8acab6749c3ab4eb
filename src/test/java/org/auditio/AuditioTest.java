package org.auditio;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on the embedded PostgreSQL with the {@link TestClock} and the {@link
 * Fixtures}: one cached context for all service and browserless view tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import({TestClock.Config.class, SharedSecurityContextStrategy.class, Fixtures.class})
public @interface AuditioTest {}
