package org.auditio;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * One security context holder strategy for every test context of the JVM. Vaadin 25.2.5 gives
 * each application context its own strategy and installs it globally, so once a second context
 * starts (another {@code @TestPropertySource}, say), method security in the first one no longer
 * sees what tests put in {@code SecurityContextHolder} (vaadin/flow#25507, fixed in 25.2.8;
 * remove this class after upgrading). Vaadin's bean is conditional on a missing one.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SharedSecurityContextStrategy {

    private static final SecurityContextHolderStrategy SHARED = new VaadinAwareSecurityContextHolderStrategy();

    @Bean
    SecurityContextHolderStrategy vaadinAwareSecurityContextHolderStrategy() {
        return SHARED;
    }
}
