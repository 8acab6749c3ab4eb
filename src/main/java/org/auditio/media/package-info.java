/**
 * Media storage, type detection, isolated metadata extraction, integrity, the streaming endpoint and the player.
 *
 * <p>API: {@link org.auditio.media.Recordings} (store an upload for the current user, find one the
 * current user may play, remove one's own), {@link org.auditio.media.MediaAccessPolicy} (implemented
 * by the modules that know who else may play a recording: candidates for organisers, later jury for
 * jurors), {@link org.auditio.media.MediaPlayer} (native audio/video element, with play/pause and relative
 * seeking for keyboard shortcuts), {@link org.auditio.media.StoreIntegrity} (the admin's check), and
 * {@link org.auditio.media.DemoRecordings} (demo only: generated sung lines, stored once each, one
 * COMPLETE row per candidate's take, facts known from the generator rather than probed).
 *
 * <p>Settings: {@code auditio.storage.root} (default {@code uploads}; {@code tmp/} for uploads in
 * progress, {@code sha256/ab/cd/<hash>} for content), {@code auditio.media.max-audio-bytes}
 * (100 MB) and {@code max-video-bytes} (1 GB), {@code auditio.media.probe.time-limit} (20 s) and
 * {@code probe.heap} (64m) for the metadata probe's JVM, {@code auditio.media.stale-upload-after}
 * (12 h), cron {@code auditio.media.sweep} (hourly) and {@code auditio.media.verify} (weekly), "-"
 * to switch one off. Playback: {@code GET /media/{opaqueId}}, one byte range per request.
 */
@ApplicationModule(allowedDependencies = {"accounts", "common"})
@NullMarked
package org.auditio.media;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
