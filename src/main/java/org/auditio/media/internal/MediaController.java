package org.auditio.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.auditio.media.domain.Recording;
import org.auditio.media.domain.RecordingRepository;
import org.auditio.media.domain.RecordingStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Plays stored recordings, so browsers can seek: one byte range per request (206 with
 * Content-Range; several ranges are coalesced into one), 416 when unsatisfiable. A 206 body is a
 * stream of just that range (Spring then leaves Range alone: it only handles it on a 200). Every request is
 * authorised against who asks; anyone else gets 404, as for an id that does not exist. The file is
 * streamed region by region, never loaded whole.
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
    ResponseEntity<?> play(
            @PathVariable String opaqueId,
            @RequestHeader(name = HttpHeaders.RANGE, required = false) @Nullable String range)
            throws IOException {
        Recording recording = recordings
                .findByOpaqueIdAndStatus(opaqueId, RecordingStatus.COMPLETE)
                .filter(access::mayPlay)
                .orElse(null);
        if (recording == null) {
            return ResponseEntity.notFound()
                    .cacheControl(CacheControl.noStore())
                    .build();
        }
        Resource file = storage.read(Objects.requireNonNull(recording.storageKey()));
        MediaType type = MediaType.parseMediaType(Objects.requireNonNull(recording.contentType()));
        if (range == null) {
            return headers(ResponseEntity.ok()).contentType(type).body(file);
        }
        long length = file.contentLength();
        Span span = span(range, length);
        if (span == null) {
            return headers(ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE))
                    .header(HttpHeaders.CONTENT_RANGE, "bytes */" + length)
                    .build();
        }
        InputStream bytes =
                storage.openRange(Objects.requireNonNull(recording.storageKey()), span.start(), span.length());
        return headers(ResponseEntity.status(HttpStatus.PARTIAL_CONTENT))
                .contentType(type)
                .contentLength(span.length())
                .header(HttpHeaders.CONTENT_RANGE, "bytes " + span.start() + "-" + span.end() + "/" + length)
                .body(new InputStreamResource(bytes));
    }

    /** Bytes {@code start} to {@code end}, both included. */
    private record Span(long start, long end) {
        long length() {
            return end - start + 1;
        }
    }

    /** The one span to send: several requested ranges become the single span covering them. */
    private static @Nullable Span span(String header, long length) {
        try {
            List<HttpRange> ranges = HttpRange.parseRanges(header);
            if (ranges.isEmpty() || length == 0) {
                return null;
            }
            long start = Long.MAX_VALUE;
            long end = -1;
            for (HttpRange range : ranges) {
                long first = range.getRangeStart(length);
                if (first >= length) {
                    return null;
                }
                start = Math.min(start, first);
                end = Math.max(end, range.getRangeEnd(length));
            }
            return new Span(start, end);
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    private static ResponseEntity.BodyBuilder headers(ResponseEntity.BodyBuilder response) {
        return response.header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header("X-Content-Type-Options", "nosniff")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().build().toString())
                .cacheControl(CacheControl.noStore().cachePrivate());
    }
}
