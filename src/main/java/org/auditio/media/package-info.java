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
 * file, counted from the request once the probe is ready), {@code probe.start-limit} (60 s for a
 * probe JVM to start and load its parsers), {@code probe.heap} (64m), {@code probe.child-memory}
 * (512MB of address space for each ffmpeg or ffprobe a probe starts) and {@code probe.workers} (2)
 * for the metadata probes (long-lived JVMs, killed past the limit, retired after 200 files),
 * {@code auditio.media.stale-upload-after}
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
 * <p>Probes: each probe JVM runs in a process group of its own ({@code setsid}) with a small heap
 * and at most 32 MB of direct buffers; its ffmpeg and ffprobe children join that group and run
 * under {@code prlimit} (address space, CPU time, no core dumps). Killing a probe (deadline,
 * protocol breach, retirement, application shutdown) kills its whole group, so no child outlives
 * it. The probe and the application speak one JSON object per line each way: a request carries a
 * random id, the answer echoes it (a tag name holding line breaks once ended an answer early and
 * shifted every later file's facts to the previous file); an answer with another id, a line that
 * is not one, or one over 256 KiB kills the probe and refuses the upload. Any throwable in the
 * probe's parsers answers "unreadable"; an exhausted heap ends the probe (ExitOnOutOfMemoryError);
 * either way the upload is refused, never stored with facts from elsewhere. Header facts outside
 * what recordings have (channels 1–64, sample rates 1–768 kHz, pictures up to 16384 pixels a side)
 * are unknown rather than stored.
 *
 * <p>Only media is stored. A file can be a valid recording and something else too (an MP3 that is
 * also a ZIP archive, a WAV followed by a web page, an ID3 tag holding HTML): type detection and
 * parsing accept it, and serving those bytes would serve the rest with them. So every accepted
 * upload is <em>remuxed</em> by the probe: ffmpeg copies its audio and moving-picture streams,
 * without re-encoding, into a fresh container of the same format ({@code -c copy -map_metadata -1
 * -map_chapters -1}, bit-exact flags, {@code +faststart} for MP4, M4A and MOV), and that file is
 * hashed, stored and served; the upload's own bytes are discarded. The sound is decoded and measured
 * from the upload as sent, beside its headers' claims (a cut-off file shows only there, since a
 * remux writes honest headers): the remux copies the same packets, so what is stored plays as long
 * as what was measured. Appended archives,
 * pages and trailers (such as the ones some phones write after a video), tags, cover pictures,
 * subtitles and data tracks are gone. Two formats need more than ffmpeg's stream copy: an MP3 is
 * cut after its last whole frame (ffmpeg hands trailing bytes on as one more packet), and FLAC is
 * decoded and encoded again, losslessly, because a copied last frame would keep what follows it.
 * Vorbis packets whose duration ffmpeg 5.1 misreads (2^32 samples) get none. The output depends
 * only on the input (checked: the same upload twice gives the same bytes), which the
 * content-addressed store and the duplicate check across candidates rely on. Embedded tags are
 * read from the original before it is discarded, for organisers. A file ffmpeg cannot remux is
 * refused as unreadable. Stream copy cannot clean what sits inside the media packets themselves;
 * only re-encoding could, at a cost in quality and time that we chose not to pay.
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
