package org.auditio.media.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.auditio.media.domain.RecordingRepository;
import org.auditio.media.domain.RecordingStatus;
import org.auditio.media.internal.PlaybackDecisions.Playable;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Plays stored recordings at {@code /media/{opaqueId}}, so browsers can seek: one byte range per
 * request (206 with Content-Range; several ranges are coalesced into one), 416 when unsatisfiable.
 * It answers ahead of the security filter chain and Spring MVC, which a seeking player would
 * otherwise cross for each of its many small range requests (measured: README, Performance), but
 * it authorises every request against who asks, read from the same session the chain uses. Anyone
 * else gets 404, as for an id that does not exist. Files are never loaded whole: Tomcat sends
 * large spans itself from a local store (sendfile); small spans and other stores are streamed
 * through a buffer of at most {@link #SMALL_SPAN}.
 */
class PlaybackFilter extends HttpFilter {

    static final String PREFIX = "/media/";
    private static final Pattern OPAQUE_ID = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    /** The largest span written from memory: a typical player's range request. */
    static final int SMALL_SPAN = 64 * 1024;

    private static final String SENDFILE_SUPPORTED = "org.apache.tomcat.sendfile.support";
    private static final String SENDFILE_FILE = "org.apache.tomcat.sendfile.filename";
    private static final String SENDFILE_START = "org.apache.tomcat.sendfile.start";
    private static final String SENDFILE_END = "org.apache.tomcat.sendfile.end";

    private final RecordingRepository recordings;
    private final PlaybackAccess access;
    private final PlaybackDecisions decisions;
    private final MediaStorage storage;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    PlaybackFilter(
            RecordingRepository recordings, PlaybackAccess access, PlaybackDecisions decisions, MediaStorage storage) {
        this.recordings = recordings;
        this.access = access;
        this.decisions = decisions;
        this.storage = storage;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean head = "HEAD".equals(request.getMethod());
        if (!head && !"GET".equals(request.getMethod())) {
            // A status, not sendError: sendError dispatches to /error through the security chain,
            // whose CSRF check and login rule answered a POST with a redirect to the login page.
            response.setHeader(HttpHeaders.ALLOW, "GET, HEAD");
            response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            response.setContentLength(0);
            return;
        }
        privateMediaHeaders(response);
        String opaqueId =
                request.getRequestURI().substring(request.getContextPath().length() + PREFIX.length());
        Optional<Playable> playable =
                OPAQUE_ID.matcher(opaqueId).matches() ? playable(request, opaqueId) : Optional.empty();
        if (playable.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentLength(0);
            return;
        }
        serve(playable.get(), request.getHeader(HttpHeaders.RANGE), head, request, response);
    }

    private Optional<Playable> playable(HttpServletRequest request, String opaqueId) {
        SecurityContext context = sessions.loadDeferredContext(request).get();
        Authentication viewer = context.getAuthentication();
        if (viewer == null || !viewer.isAuthenticated()) {
            return Optional.empty();
        }
        return decisions.decide(viewer.getName(), opaqueId, () -> asking(context, opaqueId));
    }

    /** The policies read the security context: give them the viewer's for the time of the question. */
    private Optional<Playable> asking(SecurityContext viewer, String opaqueId) {
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        holder.setContext(viewer);
        try {
            return recordings
                    .findByOpaqueIdAndStatus(opaqueId, RecordingStatus.COMPLETE)
                    .filter(access::mayPlay)
                    .map(recording -> new Playable(
                            Objects.requireNonNull(recording.storageKey()),
                            Objects.requireNonNull(recording.contentType()),
                            Objects.requireNonNull(recording.sizeBytes())));
        } finally {
            holder.clearContext();
        }
    }

    private void serve(
            Playable playable,
            @Nullable String range,
            boolean head,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        long size = playable.size();
        ByteSpan span = range == null ? new ByteSpan(0, size - 1) : ByteSpan.of(range, size);
        if (span == null) {
            response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
            response.setContentLength(0);
            return;
        }
        response.setContentType(playable.contentType());
        if (range != null) {
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + span.start() + "-" + span.end() + "/" + size);
        }
        response.setContentLengthLong(size == 0 ? 0 : span.length());
        if (head || size == 0) {
            return;
        }
        Optional<Path> file = storage.localFile(playable.storageKey());
        if (file.isPresent()
                && span.length() > SMALL_SPAN
                && Boolean.TRUE.equals(request.getAttribute(SENDFILE_SUPPORTED))) {
            // Tomcat sends the bytes from the file itself (zero-copy), as it does for static files.
            request.setAttribute(SENDFILE_FILE, file.get().toString());
            request.setAttribute(SENDFILE_START, span.start());
            request.setAttribute(SENDFILE_END, span.end() + 1);
            return;
        }
        // A small span is read into memory and leaves with its headers in one write (the connector's
        // buffer holds both: PlaybackRoute); sendfile would cost more system calls than it saves.
        try (InputStream in = storage.openRange(playable.storageKey(), span.start(), span.length())) {
            byte[] buffer = new byte[(int) Math.min(SMALL_SPAN, span.length())];
            OutputStream out = response.getOutputStream();
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
            }
        }
    }

    /** Private media: never cached by a shared cache, never sniffed, never a download named after the file. */
    private static void privateMediaHeaders(HttpServletResponse response) {
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store, private");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    }
}
