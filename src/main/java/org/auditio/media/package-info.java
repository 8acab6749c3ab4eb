/**
 * Media storage, type detection, isolated metadata extraction, integrity, the streaming endpoint and the player.
 *
 * <p>API: {@link org.auditio.media.Recordings} (store an upload for the current user, find one the
 * current user may play, remove one's own, the file's embedded tags for organisers, which of given
 * recordings hold the same performance: {@link org.auditio.media.SamePerformance}), {@link org.auditio.media.MediaAccessPolicy} (implemented
 * by the modules that know who else may play a recording: candidates for organisers, later jury for
 * jurors), {@link org.auditio.media.MediaPlayer} (native audio/video element, with play/pause and relative
 * seeking for keyboard shortcuts), {@link org.auditio.media.StoreIntegrity} (the admin's check), and
 * {@link org.auditio.media.DemoRecordings} (demo only: generated sung lines, stored once each, one
 * COMPLETE row per candidate's take, facts known from the generator rather than probed).
 *
 * <p>Settings: {@code auditio.storage.root} (default {@code uploads}; {@code tmp/} for uploads in
 * progress, {@code sha256/ab/cd/<hash>} for content), {@code auditio.media.max-audio-bytes}
 * (100 MB) and {@code max-video-bytes} (1 GB), {@code auditio.media.probe.time-limit} (20 s per
 * file), {@code probe.heap} (64m) and {@code probe.workers} (2) for the metadata probes (long-lived
 * JVMs, killed past the limit, retired after 200 files), {@code auditio.media.stale-upload-after}
 * (12 h), cron {@code auditio.media.sweep} (hourly) and {@code auditio.media.verify} (weekly), "-"
 * to switch one off. At start-up, temporary files and UPLOADING rows older than the process are
 * removed at once (one node assumed). Fingerprints: {@code auditio.media.fingerprint.command}
 * ({@code fpcalc}), {@code .time-limit} (120 s per file), cron {@code .cron} (every 15 s: COMPLETE
 * recordings without a fingerprint row are the queue).
 *
 * <p>Playback: {@code GET /media/{opaqueId}}, one byte range per request, served by a servlet filter
 * ahead of Spring Security and MVC; who may play what is asked of the policies and remembered until
 * the next committed write (or 30 s), so a lost right closes access at once. Spans over 64 KiB leave
 * through Tomcat's sendfile, smaller ones from a buffer together with their headers (the connector's
 * write buffer is enlarged for that: 72 KiB per open connection); connections stay open for 1000
 * requests, as nginx keeps them.
 *
 * <p>Embedded tags (title, artist, comment …) are stored on the recording row and given only to
 * organisers who may play the recording (the application review shows them): jurors never see
 * them, nor the file name.
 */
@ApplicationModule(allowedDependencies = {"accounts", "common"})
@NullMarked
package org.auditio.media;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
