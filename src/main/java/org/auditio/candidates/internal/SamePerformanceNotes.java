package org.auditio.candidates.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.PieceSpec;
import org.auditio.candidates.ApplicationReview.SamePerformanceNote;
import org.auditio.candidates.domain.Application;
import org.auditio.candidates.domain.ApplicationRepository;
import org.auditio.media.Recordings;
import org.auditio.media.SamePerformance;
import org.springframework.stereotype.Component;

/**
 * Which of an application's recordings hold the same performance as another recording of the same
 * audition: media compares the fingerprints of the recordings it is given, and only candidates
 * knows which recordings make up an audition and whose they are.
 */
@Component
public class SamePerformanceNotes {

    private record Holder(UUID applicationId, UUID pieceId, String applicant) {}

    private final ApplicationRepository applications;
    private final Recordings recordings;

    SamePerformanceNotes(ApplicationRepository applications, Recordings recordings) {
        this.applications = applications;
        this.recordings = recordings;
    }

    public List<SamePerformanceNote> of(AuditionDetails audition, Application application) {
        Map<UUID, Holder> holders = new HashMap<>();
        for (Object[] row : applications.currentRecordings(audition.id())) {
            holders.put((UUID) row[0], new Holder((UUID) row[1], (UUID) row[2], (String) row[3]));
        }
        if (holders.values().stream().noneMatch(h -> h.applicationId().equals(application.id()))) {
            return List.of();
        }
        Map<UUID, PieceSpec> pieces = new HashMap<>();
        audition.pieces().forEach(piece -> pieces.put(piece.id(), piece));
        List<SamePerformanceNote> notes = new ArrayList<>();
        for (SamePerformance pair : recordings.samePerformances(holders.keySet())) {
            for (SamePerformance.Excerpt mine : List.of(pair.first(), pair.second())) {
                Holder holder = holders.get(mine.recordingId());
                SamePerformance.Excerpt other = pair.otherThan(mine.recordingId());
                Holder otherHolder = holders.get(other.recordingId());
                PieceSpec otherPiece = otherHolder == null ? null : pieces.get(otherHolder.pieceId());
                if (holder != null && holder.applicationId().equals(application.id()) && otherPiece != null) {
                    notes.add(new SamePerformanceNote(
                            mine.recordingId(),
                            mine.from(),
                            mine.to(),
                            otherHolder.applicationId(),
                            otherHolder.applicant(),
                            otherPiece,
                            other.from(),
                            other.to()));
                }
            }
        }
        notes.sort(Comparator.comparing(SamePerformanceNote::from));
        return notes;
    }
}
