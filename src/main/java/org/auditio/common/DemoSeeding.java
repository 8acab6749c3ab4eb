package org.auditio.common;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.Session;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Demo data is seeded at start-up, outside any request, where method security finds no
 * authentication at all: seeders run as an anonymous caller, so they reach exactly what
 * {@code permitAll()} or {@code isAnonymous()} opens and nothing more.
 */
public final class DemoSeeding {

    private DemoSeeding() {}

    public static void runAnonymously(Runnable seeding) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken(
                "demo-seeding", "demo-seeding", List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        SecurityContextHolder.setContext(context);
        try {
            seeding.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * Sends this transaction's inserts and updates to the database in batches: demo seeding writes
     * thousands of rows of one kind in a row, and start-up should stay quick.
     */
    public static void batchWrites(EntityManager entities) {
        entities.unwrap(Session.class).setJdbcBatchSize(200);
    }
}
