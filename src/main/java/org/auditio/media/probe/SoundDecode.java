package org.auditio.media.probe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Decodes a file's first audio stream end to end, once, with Debian's ffmpeg: the sound, not the
 * headers, says how long a recording is (a cut-off mp3's header still claims its full length, a WAV's
 * data size can be forged, an m4a's duration fields zeroed). The same pass measures what the player
 * and the organisers need: integrated loudness and true peak (EBU R128), the sample count, the share
 * of samples at full scale (clipping) and the time spent below {@link #SILENCE_FLOOR} (silence).
 *
 * <p>The only place the probe runs ffmpeg (ffprobe aside: see MetadataProbe), so that it can be bounded in one place. Its answer goes
 * into the probe's facts under {@code decode.*} keys; {@link MetadataProbe#normalised} turns it into
 * one answer per fact.
 */
public final class SoundDecode {

    /** Below this a stretch of sound counts as silence (a room's noise is about -60 to -50 dBFS). */
    static final String SILENCE_FLOOR = "-60dB";
    /** Shorter quiet stretches are pauses between phrases, not silence. */
    static final String SILENCE_SHORTEST = "0.5";

    /** Why a file gives no sound, in {@code decode.error}. */
    public static final String NO_AUDIO = "no-audio";

    public static final String UNDECODABLE = "undecodable";
    public static final String TOO_SLOW = "too-slow";
    public static final String NOT_INSTALLED = "not-installed";

    private static final Duration BASE_LIMIT = Duration.ofSeconds(10);
    /** Decoding reads every byte: the limit grows with the file (1 GB of video: 10 s + 125 s). */
    private static final long BYTES_PER_SECOND = 8_000_000;

    private SoundDecode() {}

    /**
     * How long one decode may take: proportional to the file's size, which a forged header cannot
     * change. Audio decodes at 40–400 times real time here and a video's audio needs its whole file
     * read, so honest files stay far below it.
     */
    public static Duration timeLimit(long sizeBytes) {
        return BASE_LIMIT.plusMillis(Math.max(0, sizeBytes) * 1000 / BYTES_PER_SECOND);
    }

    /** The ffmpeg command that decodes and measures; output discarded. */
    static List<String> command(Path file) {
        return List.of(
                "ffmpeg",
                "-hide_banner",
                "-nostats",
                "-nostdin",
                "-i",
                file.toString(),
                "-map",
                "0:a:0",
                "-vn",
                "-sn",
                "-dn",
                "-af",
                // framelog=verbose: the per-100-ms lines stay out of the log we read.
                "ebur128=peak=true:framelog=verbose,volumedetect,silencedetect=n=" + SILENCE_FLOOR + ":d="
                        + SILENCE_SHORTEST,
                "-f",
                "null",
                "-");
    }

    /** Decodes {@code file} within {@code limit} and adds what it learnt to {@code found}. */
    static void measure(Path file, Duration limit, Map<String, String> found) {
        Process ffmpeg = null;
        try {
            ffmpeg = BoundedCommand.start(new ProcessBuilder(command(file))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))));
            Process running = ffmpeg;
            DecodeLog reading = new DecodeLog();
            CompletableFuture<Void> log = CompletableFuture.runAsync(() -> readLog(running, reading));
            if (!ffmpeg.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                found.put("decode.error", TOO_SLOW);
                return;
            }
            log.get(2, TimeUnit.SECONDS);
            reading.into(found, ffmpeg.exitValue());
        } catch (IOException notInstalled) {
            found.put("decode.error", NOT_INSTALLED);
        } catch (Exception interrupted) {
            found.put("decode.error", TOO_SLOW);
        } finally {
            if (ffmpeg != null && ffmpeg.isAlive()) {
                ffmpeg.destroyForcibly();
            }
        }
    }

    private static void readLog(Process ffmpeg, DecodeLog reading) {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(ffmpeg.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                reading.line(line.length() > 400 ? line.substring(0, 400) : line);
            }
        } catch (IOException ended) {
            // what was read is all there is
        }
    }
}
