package org.auditio.candidates.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.auditio.accounts.AccountSummary;
import org.auditio.auditions.AuditionCatalogue;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.PieceSpec;
import org.auditio.candidates.CandidateProfileView;
import org.auditio.candidates.domain.Application;
import org.auditio.candidates.domain.RecordingSlot;
import org.auditio.candidates.domain.ReplacedRecording;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Everything held about a candidate, as the JSON document they may download. */
@Component
public class PersonalData {

    record Export(
            Instant exportedAt,
            AccountSummary account,
            @Nullable CandidateProfileView profile,
            List<ExportedApplication> applications) {}

    record ExportedApplication(
            UUID id,
            UUID auditionId,
            String audition,
            String status,
            String voicePart,
            Instant createdAt,
            @Nullable Instant submittedAt,
            @Nullable Instant withdrawnAt,
            String receipt,
            List<ExportedSlot> slots,
            List<ExportedExtension> deadlineExtensions) {}

    record ExportedSlot(
            int position,
            String piece,
            @Nullable UUID currentRecording,
            @Nullable Instant attachedAt,
            List<ReplacedRecording> replacedRecordings) {}

    record ExportedExtension(Instant until, String reason, Instant grantedAt) {}

    private final AuditionCatalogue catalogue;
    private final JsonMapper json;

    PersonalData(AuditionCatalogue catalogue, JsonMapper json) {
        this.catalogue = catalogue;
        this.json = json;
    }

    public String export(
            AccountSummary account,
            @Nullable CandidateProfileView profile,
            List<Application> applications,
            Instant now) {
        List<ExportedApplication> exported =
                applications.stream().map(this::exported).toList();
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(new Export(now, account, profile, exported));
    }

    private ExportedApplication exported(Application application) {
        AuditionDetails audition = catalogue.call(application.auditionId()).orElse(null);
        Map<UUID, String> pieces = audition == null
                ? Map.of()
                : audition.pieces().stream().collect(Collectors.toMap(PieceSpec::id, PieceSpec::nameEn, (a, b) -> a));
        return new ExportedApplication(
                application.id(),
                application.auditionId(),
                audition == null ? "" : audition.titleEn() + " / " + audition.titleFr(),
                application.status().name(),
                application.voicePart().name(),
                application.createdAt(),
                application.submittedAt(),
                application.withdrawnAt(),
                application.receipt(),
                application.slots().stream()
                        .map(slot -> slot(slot, pieces::get))
                        .toList(),
                application.extensions().stream()
                        .map(e -> new ExportedExtension(e.until(), e.reason(), e.grantedAt()))
                        .toList());
    }

    private static ExportedSlot slot(RecordingSlot slot, Function<UUID, @Nullable String> pieceName) {
        String piece = pieceName.apply(slot.pieceId());
        return new ExportedSlot(
                slot.position() + 1,
                piece == null ? slot.pieceId().toString() : piece,
                slot.currentRecording().orElse(null),
                slot.attachedAt(),
                slot.replaced().stream()
                        .sorted(Comparator.comparing(ReplacedRecording::replacedAt))
                        .toList());
    }
}
