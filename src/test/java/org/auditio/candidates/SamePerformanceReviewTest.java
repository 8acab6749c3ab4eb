package org.auditio.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.accounts.Role;
import org.auditio.auditions.AcceptedMedia;
import org.auditio.auditions.AuditionFixtures;
import org.auditio.auditions.VoicePart;
import org.auditio.candidates.ApplicationReview.SamePerformanceNote;
import org.auditio.media.Recordings;
import org.auditio.media.internal.Fingerprints;
import org.auditio.media.internal.MediaCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The organisers' review names the stretch another applicant's recording shares, from acoustic fingerprints. */
@AuditioTest
class SamePerformanceReviewTest {

    @Autowired
    AuditionApplications dashboard;

    @Autowired
    MyApplications applications;

    @Autowired
    SlotUploads uploads;

    @Autowired
    Recordings recordings;

    @Autowired
    Fingerprints fingerprints;

    @Autowired
    AuditionFixtures calls;

    @Autowired
    CandidateFixtures candidates;

    @TempDir
    Path dir;

    @Test
    void a_trimmed_copy_sent_by_another_applicant_is_named_with_its_stretch_to_organisers_only() throws Exception {
        AuditionFixtures.Organiser organiser = calls.organiser();
        UUID audition = calls.open(organiser, 10);
        Path original = Files.write(dir.resolve("original.mp3"), MediaCorpus.bytes("sung-line.mp3"));
        Path other = Files.write(dir.resolve("other.mp3"), MediaCorpus.bytes("sung-line-other.mp3"));
        Path trimmed =
                MediaCorpus.ffmpeg("-ss", "3", "-i", original, "-c:a", "aac", "-b:a", "64k", dir.resolve("cut.m4a"));
        Path different = MediaCorpus.ffmpeg("-i", other, "-c:a", "aac", "-b:a", "64k", dir.resolve("own.m4a"));
        String ana = candidates.candidate("Ana Souza", LocalDate.of(2000, 5, 1), "BR");
        String bea = candidates.candidate("Bea Rossi", LocalDate.of(2001, 2, 3), "IT");
        String carl = candidates.candidate("Carl Berg", LocalDate.of(2002, 4, 5), "SE");
        UUID anas = applyWith(ana, audition, original);
        UUID beas = applyWith(bea, audition, trimmed);
        UUID carls = applyWith(carl, audition, different);

        fingerprints.drain();
        ApplicationReview review =
                AsUser.call(organiser.email(), Role.ORGANISER, () -> dashboard.review(audition, anas));

        assertThat(review.samePerformances()).hasSize(1);
        SamePerformanceNote note = review.samePerformances().getFirst();
        assertThat(note.otherApplicationId()).isEqualTo(beas);
        assertThat(note.otherApplicant()).isEqualTo("Bea Rossi");
        assertThat(note.from().toMillis() / 1000.0).isCloseTo(3, within(1.0));
        assertThat(note.to().toMillis() / 1000.0).isCloseTo(15.3, within(1.0));
        assertThat(note.otherFrom().toMillis() / 1000.0).isCloseTo(0, within(1.0));
        assertThat(AsUser.call(organiser.email(), Role.ORGANISER, () -> dashboard.review(audition, carls))
                        .samePerformances())
                .isEmpty();
        assertThat(AsUser.call(organiser.email(), Role.ORGANISER, () -> dashboard.review(audition, beas))
                        .samePerformances())
                .extracting(SamePerformanceNote::otherApplicationId)
                .containsExactly(anas);
        assertThatThrownBy(() -> AsUser.call(
                        ana, Role.CANDIDATE, () -> recordings.samePerformances(List.of(note.recordingId()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        AsUser.call(ana, Role.JUROR, () -> recordings.samePerformances(List.of(note.recordingId()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** A draft whose first slot taking audio holds this file. */
    private UUID applyWith(String email, UUID audition, Path file) {
        UUID application = candidates.draft(email, audition, VoicePart.A);
        return as(email, () -> {
            UUID slot = applications.get(application).slots().stream()
                    .filter(s -> s.piece().accepts() != AcceptedMedia.VIDEO)
                    .findFirst()
                    .orElseThrow()
                    .slotId();
            try (InputStream in = Files.newInputStream(file)) {
                uploads.upload(application, slot, in, file.getFileName().toString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return application;
        });
    }

    private static <T> T as(String email, Supplier<T> action) {
        return AsUser.call(email, Role.CANDIDATE, action);
    }
}
