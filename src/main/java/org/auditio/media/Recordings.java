package org.auditio.media;

import java.io.InputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.auditio.accounts.AccountService;
import org.auditio.common.UserError;
import org.auditio.media.domain.Recording;
import org.auditio.media.domain.RecordingRepository;
import org.auditio.media.domain.RecordingStatus;
import org.auditio.media.internal.AcceptedFormats;
import org.auditio.media.internal.Ingest;
import org.auditio.media.internal.PlaybackAccess;
import org.auditio.media.internal.Resemblances;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The media module's API: store an upload for the current user, describe a recording to those who
 * may play it, and remove one its owner no longer needs. The owner is always the current account.
 */
@Service
public class Recordings {

    private final Ingest ingest;
    private final PlaybackAccess access;
    private final RecordingRepository recordings;
    private final AccountService accounts;
    private final Resemblances resemblances;

    Recordings(
            Ingest ingest,
            PlaybackAccess access,
            RecordingRepository recordings,
            AccountService accounts,
            Resemblances resemblances) {
        this.ingest = ingest;
        this.resemblances = resemblances;
        this.access = access;
        this.recordings = recordings;
        this.accounts = accounts;
    }

    /**
     * Streams an upload into the store. Runs outside any transaction on purpose: rows change in short
     * transactions of their own, none held while the bytes arrive.
     *
     * @throws UserError with a translated key when the content is refused (type, kind, size, empty,
     *     interrupted); nothing is kept then
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public RecordingInfo store(InputStream content, String declaredName, MediaPolicy policy) {
        return ingest.store(me(), content, declaredName, policy);
    }

    /** A recording the current user may play (owner or a module's policy); empty otherwise. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<RecordingInfo> find(UUID recordingId) {
        return recordings.findById(recordingId).filter(access::mayPlay).map(Recording::info);
    }

    /**
     * Whether another account stored the very same bytes: a red flag for organisers (two candidates
     * sending one file). Only for those who may play the recording, and never told to candidates.
     */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional(readOnly = true)
    public boolean sharedWithOtherOwners(UUID recordingId) {
        return recordings
                .findById(recordingId)
                .filter(access::mayPlay)
                .filter(recording -> recording.sha256() != null)
                .map(recording -> recordings.existsBySha256AndStatusAndOwnerIdNot(
                        recording.sha256(), RecordingStatus.COMPLETE, recording.ownerId()))
                .orElse(false);
    }

    /**
     * Which of these recordings hold the same performance as another of them (re-encoded, trimmed,
     * or sent again by someone else), with the matching stretch in each, from their acoustic
     * fingerprints (computed shortly after each upload; a recording not fingerprinted yet is not
     * compared). For organisers, never for jurors. The caller passes the recordings it may compare
     * (an audition's); a pair is returned only when the current user may play both recordings.
     */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<SamePerformance> samePerformances(Collection<UUID> recordingIds) {
        Map<UUID, Boolean> playable = new HashMap<>();
        Predicate<UUID> mayPlay = id -> playable.computeIfAbsent(
                id,
                unknown -> recordings.findById(unknown).filter(access::mayPlay).isPresent());
        return resemblances.among(recordingIds).stream()
                .filter(pair -> mayPlay.test(pair.first().recordingId())
                        && mayPlay.test(pair.second().recordingId()))
                .toList();
    }

    /**
     * The tags found in the file (title, artist, comment …), by name. They may name the singer: for
     * organisers who may play the recording only, never for jurors.
     */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<String, String> embeddedTags(UUID recordingId) {
        return recordings
                .findById(recordingId)
                .filter(access::mayPlay)
                .map(Recording::embeddedTags)
                .orElse(Map.of());
    }

    /** Removes one of the current user's recordings (an upload its slot refused after all). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void remove(UUID recordingId) {
        UUID me = me();
        if (recordings.findById(recordingId).filter(r -> r.ownerId().equals(me)).isPresent()) {
            ingest.remove(recordingId);
        }
    }

    /** The largest upload a policy allows, to tell the browser before it sends anything. */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.SUPPORTS)
    public long maxBytes(MediaPolicy policy) {
        return ingest.maxBytes(policy);
    }

    /** The accepted formats, named for people ("MP3, M4A (AAC), …"). */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.SUPPORTS)
    public String acceptedFormats(MediaPolicy policy) {
        return AcceptedFormats.names(policy);
    }

    private UUID me() {
        return accounts.current()
                .orElseThrow(() -> new IllegalStateException("No account behind the current session"))
                .id();
    }
}
