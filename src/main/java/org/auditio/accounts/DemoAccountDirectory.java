package org.auditio.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.auditio.accounts.internal.Emails;
import org.auditio.common.Translations;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for the demo data of other modules: looks up the demo accounts and creates hundreds of
 * fictional candidates in one batch. Exists only where {@code auditio.demo.enabled}; the
 * candidates it creates have no password, so nobody can log in as them.
 */
@Service
@ConditionalOnProperty(name = "auditio.demo.enabled", havingValue = "true")
public class DemoAccountDirectory {

    /** A fictional candidate. */
    public record DemoPerson(String email, String displayName, Locale language) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    DemoAccountDirectory(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The id of an account that must exist (a demo account). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public UUID idOf(String email) {
        return jdbc.queryForObject(
                "select id from user_account where lower(email) = :email",
                Map.of("email", Emails.key(email)),
                UUID.class);
    }

    /** Creates the missing candidates; returns every one's account id by lower-case e-mail. */
    @PreAuthorize("permitAll()")
    @Transactional
    public Map<String, UUID> ensureCandidates(List<DemoPerson> people) {
        Map<String, UUID> ids = new HashMap<>();
        if (people.isEmpty()) {
            return ids;
        }
        List<String> keys = people.stream().map(p -> Emails.key(p.email())).toList();
        jdbc.query(
                "select id, lower(email) as email from user_account where lower(email) in (:emails)",
                Map.of("emails", keys),
                row -> {
                    ids.put(row.getString("email"), row.getObject("id", UUID.class));
                });
        List<MapSqlParameterSource> accounts = new ArrayList<>();
        List<MapSqlParameterSource> roles = new ArrayList<>();
        Timestamp now = Timestamp.from(clock.instant());
        for (DemoPerson person : people) {
            String key = Emails.key(person.email());
            if (ids.containsKey(key)) {
                continue;
            }
            UUID id = UUID.randomUUID();
            ids.put(key, id);
            accounts.add(new MapSqlParameterSource()
                    .addValue("id", id)
                    .addValue("email", key)
                    .addValue("name", person.displayName())
                    .addValue(
                            "language",
                            Translations.supported(person.language()).getLanguage())
                    .addValue("created", now));
            roles.add(new MapSqlParameterSource().addValue("id", id).addValue("role", Role.CANDIDATE.name()));
        }
        jdbc.batchUpdate(
                "insert into user_account (id, email, display_name, language, created_at)"
                        + " values (:id, :email, :name, :language, :created)",
                accounts.toArray(MapSqlParameterSource[]::new));
        jdbc.batchUpdate(
                "insert into user_account_role (user_id, role) values (:id, :role)",
                roles.toArray(MapSqlParameterSource[]::new));
        return ids;
    }
}
