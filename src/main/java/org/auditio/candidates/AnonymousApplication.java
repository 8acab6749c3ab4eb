package org.auditio.candidates;

import java.util.List;
import java.util.UUID;
import org.auditio.auditions.VoicePart;
import org.jspecify.annotations.Nullable;

/**
 * A submitted application as the jury may know it: its id, the voice part and the recordings in
 * slot order. Nothing else exists in this record, so nothing identifying can leak through it.
 */
public record AnonymousApplication(UUID applicationId, VoicePart voicePart, List<AnonymousSlot> slots) {

    /** One required piece: which piece, where in the order, and the current recording (a media id). */
    public record AnonymousSlot(
            UUID pieceId, int position, @Nullable UUID recordingId) {}
}
