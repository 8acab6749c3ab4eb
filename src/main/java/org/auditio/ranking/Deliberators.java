package org.auditio.ranking;

import java.util.Optional;
import java.util.UUID;
import org.auditio.auditions.AuditionCatalogue;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.AuditionService;
import org.auditio.candidates.DeliberationAccess;
import org.auditio.common.UserError;
import org.auditio.jury.JuryScores;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who deliberates on an audition: its organisation's organisers, admins, and the chair of its jury.
 * The one place that says so, for ranking and selection alike; anyone else is told the audition
 * does not exist.
 */
@Service
public class Deliberators implements DeliberationAccess {

    private final AuditionService auditions;
    private final AuditionCatalogue catalogue;
    private final JuryScores jury;

    Deliberators(AuditionService auditions, AuditionCatalogue catalogue, JuryScores jury) {
        this.auditions = auditions;
        this.catalogue = catalogue;
        this.jury = jury;
    }

    /** The audition, if the current user deliberates on it; otherwise a "not found" user error. */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN', 'JUROR')")
    @Transactional(readOnly = true)
    public AuditionDetails check(UUID auditionId) {
        return find(auditionId).orElseThrow(Deliberators::notFound);
    }

    /**
     * Like {@link #check}, empty where the current user does not deliberate on that audition. It asks
     * the other modules only questions that answer empty: a rejection thrown by a transactional
     * service marks the shared transaction rollback-only, and catching it here then ended in
     * "Transaction silently rolled back" instead of the not-found page.
     */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN', 'JUROR')")
    @Transactional(readOnly = true)
    public Optional<AuditionDetails> find(UUID auditionId) {
        if (holds("ROLE_ORGANISER") || holds("ROLE_ADMIN")) {
            Optional<AuditionDetails> organised = auditions.find(auditionId);
            if (organised.isPresent() || !holds("ROLE_JUROR")) {
                return organised;
            }
        }
        if (holds("ROLE_JUROR") && jury.chairedByMe(auditionId)) {
            return catalogue.call(auditionId);
        }
        return Optional.empty();
    }

    @Override
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN', 'JUROR')")
    @Transactional(readOnly = true)
    public boolean currentUserDeliberates(UUID auditionId) {
        return find(auditionId).isPresent();
    }

    /** Whether the current user may change how the audition is ranked: its organisers and admins only. */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN', 'JUROR')")
    public boolean mayChoose() {
        return holds("ROLE_ORGANISER") || holds("ROLE_ADMIN");
    }

    private static boolean holds(String authority) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }

    private static UserError notFound() {
        return new UserError("audition.not-found");
    }
}
