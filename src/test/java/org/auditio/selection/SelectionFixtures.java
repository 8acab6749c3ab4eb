package org.auditio.selection;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.auditio.AsUser;
import org.auditio.TestAccounts;
import org.auditio.TestClock;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.Role;
import org.auditio.auditions.AuditionFixtures;
import org.auditio.auditions.AuditionService;
import org.auditio.auditions.CriterionSpec;
import org.auditio.auditions.VoicePart;
import org.auditio.auditions.VoicePartQuota;
import org.auditio.candidates.CandidateFixtures;
import org.auditio.candidates.CandidateProfiles;
import org.auditio.candidates.ProfileForm;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An audition in review whose applicants already carry submitted marks: two jurors give every
 * criterion the applicant's {@code score}, so the ranking follows the scores. Marks are written
 * straight to the jury tables, as the jury module would after two jurors submitted.
 */
public class SelectionFixtures {

    /** An applicant to create: no score means no marks (unranked). */
    public record Spec(
            String name,
            String country,
            VoicePart part,
            Locale language,
            @Nullable Double score) {}

    public record Applicant(Spec spec, String email, UUID applicationId) {}

    public record Call(AuditionFixtures.Organiser organiser, UUID auditionId, List<Applicant> applicants) {

        public Applicant named(String name) {
            return applicants.stream()
                    .filter(a -> a.spec().name().equals(name))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private final AuditionFixtures auditionFixtures;
    private final CandidateFixtures candidateFixtures;
    private final AuditionService auditions;
    private final AccountService accounts;
    private final CandidateProfiles profiles;
    private final JdbcClient jdbc;
    private final TestClock clock;

    public SelectionFixtures(
            AuditionFixtures auditionFixtures,
            CandidateFixtures candidateFixtures,
            AuditionService auditions,
            AccountService accounts,
            CandidateProfiles profiles,
            JdbcClient jdbc,
            TestClock clock) {
        this.auditionFixtures = auditionFixtures;
        this.candidateFixtures = candidateFixtures;
        this.auditions = auditions;
        this.accounts = accounts;
        this.profiles = profiles;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public static Spec spec(String name, String country, VoicePart part, @Nullable Double score) {
        return new Spec(name, country, part, Locale.ENGLISH, score);
    }

    public Call inReview(List<VoicePartQuota> quotas, List<Spec> specs) {
        AuditionFixtures.Organiser organiser = auditionFixtures.organiser();
        UUID audition = auditionFixtures.draft(organiser, 3);
        AsUser.run(organiser.email(), Role.ORGANISER, () -> {
            auditions.offer(audition, quotas);
            auditions.open(audition);
        });
        List<Applicant> applicants = new ArrayList<>();
        for (Spec spec : specs) {
            String email = TestAccounts.candidate(accounts, spec.language());
            AsUser.run(
                    email,
                    Role.CANDIDATE,
                    () -> profiles.save(new ProfileForm(
                            spec.name(),
                            CandidateFixtures.ELIGIBLE_BIRTH,
                            spec.country(),
                            spec.part(),
                            "G3–E5",
                            "Chœur",
                            "",
                            spec.language(),
                            true)));
            UUID id = candidateFixtures.submitted(email, audition, spec.part()).applicationId();
            applicants.add(new Applicant(spec, email, id));
        }
        clock.advance(Duration.ofDays(4));
        List<CriterionSpec> criteria = AsUser.call(organiser.email(), Role.ORGANISER, () -> {
            auditions.startReview(audition);
            return auditions.details(audition).criteria();
        });
        List<UUID> jurors = List.of(UUID.randomUUID(), UUID.randomUUID());
        // each assignment stores its weighted score as Assignment.submit would: every mark is the score
        BigDecimal weightSum = criteria.stream().map(CriterionSpec::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        int code = 0;
        for (Applicant applicant : applicants) {
            code++;
            Double score = applicant.spec().score();
            if (score == null) {
                continue;
            }
            for (UUID juror : jurors) {
                UUID assignment = UUID.randomUUID();
                jdbc.sql("""
                                insert into jury_assignment (id, audition_id, juror_id, application_id, code, voice_part,
                                    listening_rank, state, submitted_at, weighted_sum, weight_sum)
                                values (?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ? * ?, ?)""")
                        .params(
                                assignment,
                                audition,
                                juror,
                                applicant.applicationId(),
                                "T-" + code,
                                applicant.spec().part().name(),
                                code,
                                Timestamp.from(clock.instant()),
                                BigDecimal.valueOf(score),
                                weightSum,
                                weightSum)
                        .update();
                for (CriterionSpec criterion : criteria) {
                    jdbc.sql("""
                                    insert into jury_mark (id, assignment_id, criterion_id, mark, updated_at)
                                    values (?, ?, ?, ?, ?)""")
                            .params(
                                    UUID.randomUUID(),
                                    assignment,
                                    criterion.id(),
                                    BigDecimal.valueOf(score),
                                    Timestamp.from(clock.instant()))
                            .update();
                }
            }
        }
        return new Call(organiser, audition, applicants);
    }
}
