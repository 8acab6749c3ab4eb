package org.auditio.media.internal;

import java.util.Objects;
import org.auditio.media.domain.Recording;
import org.auditio.media.domain.RecordingRepository;
import org.auditio.media.domain.RecordingStatus;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Plays stored recordings. Every request is authorised against who asks; anyone else gets 404, as
 * for an id that does not exist. Spring answers Range requests for a {@link Resource} body (206 with
 * Content-Range, 416 when unsatisfiable, Accept-Ranges) and streams the file region by region.
 */
@RestController
class MediaController {

    private final RecordingRepository recordings;
    private final PlaybackAccess access;
    private final MediaStorage storage;

    MediaController(RecordingRepository recordings, PlaybackAccess access, MediaStorage storage) {
        this.recordings = recordings;
        this.access = access;
        this.storage = storage;
    }

    @GetMapping("/media/{opaqueId}")
    @Transactional(readOnly = true)
    ResponseEntity<Resource> play(@PathVariable String opaqueId) {
        return recordings
                .findByOpaqueIdAndStatus(opaqueId, RecordingStatus.COMPLETE)
                .filter(access::mayPlay)
                .map(this::answer)
                .orElseGet(() -> ResponseEntity.notFound()
                        .cacheControl(CacheControl.noStore())
                        .build());
    }

    private ResponseEntity<Resource> answer(Recording recording) {
        Resource file = storage.read(Objects.requireNonNull(recording.storageKey()));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(Objects.requireNonNull(recording.contentType())))
                .header("X-Content-Type-Options", "nosniff")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().build().toString())
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file);
    }
}
