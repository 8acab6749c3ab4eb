package org.auditio.candidates.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.auditio.auditions.VoicePart;
import org.auditio.candidates.ApplicationSort;
import org.auditio.candidates.ApplicationStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The organisers' list of applications to one audition, filtered and sorted in the database, one
 * page at a time. The query is assembled from fixed fragments only; values are bound parameters.
 */
@Component
public class ApplicationSearch {

    /** One line of the list, before ages are computed. */
    public record Found(
            UUID id,
            String fullName,
            @Nullable String country,
            VoicePart voicePart,
            ApplicationStatus status,
            @Nullable LocalDate dateOfBirth,
            @Nullable Instant submittedAt) {}

    /** The filter in database terms: ages turned into birth dates on the audition's reference date. */
    public record Criteria(
            @Nullable VoicePart voicePart,
            @Nullable String country,
            @Nullable ApplicationStatus status,
            @Nullable String name,
            @Nullable LocalDate bornFrom,
            @Nullable LocalDate bornUntil) {}

    private static final String FROM =
            " from Application a join CandidateProfile p on p.accountId = a.candidateId where a.auditionId = :audition";

    /** Voice parts sort as a choir reads them, S before A before T before B. */
    private static final String VOICE_ORDER = Arrays.stream(VoicePart.values())
            .map(part -> "when org.auditio.auditions.VoicePart." + part.name() + " then " + part.ordinal())
            .collect(Collectors.joining(" ", "case a.voicePart ", " end"));

    private final EntityManager entities;

    ApplicationSearch(EntityManager entities) {
        this.entities = entities;
    }

    public List<Found> page(UUID auditionId, Criteria filter, ApplicationSort sort, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String jpql = "select a.id, p.fullName, p.country, a.voicePart, a.status, p.dateOfBirth, a.submittedAt"
                + FROM
                + where(auditionId, filter, parameters)
                + orderBy(sort);
        TypedQuery<Tuple> query = entities.createQuery(jpql, Tuple.class);
        parameters.forEach(query::setParameter);
        query.setFirstResult(Math.max(0, offset));
        query.setMaxResults(Math.max(1, Math.min(limit, 500)));
        return query.getResultList().stream()
                .map(row -> new Found(
                        row.get(0, UUID.class),
                        row.get(1, String.class),
                        row.get(2, String.class),
                        row.get(3, VoicePart.class),
                        row.get(4, ApplicationStatus.class),
                        row.get(5, LocalDate.class),
                        row.get(6, Instant.class)))
                .toList();
    }

    public long count(UUID auditionId, Criteria filter) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query =
                entities.createQuery("select count(a)" + FROM + where(auditionId, filter, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(UUID auditionId, Criteria filter, Map<String, Object> parameters) {
        parameters.put("audition", auditionId);
        StringBuilder where = new StringBuilder();
        if (filter.voicePart() != null) {
            where.append(" and a.voicePart = :part");
            parameters.put("part", filter.voicePart());
        }
        if (filter.country() != null) {
            where.append(" and p.country = :country");
            parameters.put("country", filter.country());
        }
        if (filter.status() != null) {
            where.append(" and a.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.bornFrom() != null) {
            where.append(" and p.dateOfBirth >= :bornFrom");
            parameters.put("bornFrom", filter.bornFrom());
        }
        if (filter.bornUntil() != null) {
            where.append(" and p.dateOfBirth <= :bornUntil");
            parameters.put("bornUntil", filter.bornUntil());
        }
        if (filter.name() != null && !filter.name().isBlank()) {
            where.append(" and lower(p.fullName) like :name escape '\\'");
            parameters.put("name", "%" + escapeLike(filter.name().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        return where.toString();
    }

    private static String orderBy(ApplicationSort sort) {
        String direction = sort.ascending() ? " asc" : " desc";
        String expression = switch (sort.field()) {
            case NAME -> "lower(p.fullName)";
            case COUNTRY -> "p.country";
            case VOICE_PART -> VOICE_ORDER;
            case STATUS -> "a.status";
            // The older the candidate, the earlier the birth date.
            case AGE -> "p.dateOfBirth" + (sort.ascending() ? " desc" : " asc") + " nulls last, a.id";
            case SUBMITTED -> "a.submittedAt";
        };
        if (sort.field() == ApplicationSort.Field.AGE) {
            return " order by " + expression;
        }
        return " order by " + expression + direction + " nulls last, lower(p.fullName), a.id";
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
