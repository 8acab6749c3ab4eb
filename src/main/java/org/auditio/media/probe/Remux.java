package org.auditio.media.probe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Copies a file's media packets into a fresh container of the same format with ffmpeg, without
 * re-encoding: what is stored is then only sound and picture. Anything a file carried besides
 * (an archive, HTML or a program appended or hidden in a tag, embedded tags, cover pictures,
 * subtitles and data tracks) is left behind, so a polyglot cannot be served as what it also is.
 * Bit-exact flags keep the output a function of the input alone: the store is content-addressed,
 * and the same take uploaded twice must stay the same file.
 */
final class Remux {

    private Remux() {}

    /** How one format is written: its ffmpeg muxer, whether it holds pictures, its audio codec. */
    private record Muxer(String name, boolean video, boolean faststart, String audio, List<String> options) {
        Muxer(String name, boolean video, boolean faststart) {
            this(name, video, faststart, "copy", List.of());
        }
    }

    private static final Muxer MP4_AUDIO = new Muxer("ipod", false, true);
    private static final Muxer WAV = new Muxer("wav", false, false);
    private static final Muxer AIFF = new Muxer("aiff", false, false);
    /**
     * FLAC is decoded and encoded again, losslessly (the samples stay the same): copied FLAC frames
     * would keep bytes appended after the last one inside that frame, where only the decoder sees
     * where the frame ends.
     */
    private static final Muxer FLAC = new Muxer("flac", false, false, "flac", List.of());
    /** No ID3 tag at all; what follows the last frame is cut by {@link Mp3Frames}. */
    private static final Muxer MP3 = new Muxer("mp3", false, false, "copy", List.of("-id3v2_version", "0"));

    /**
     * ffmpeg 5.1 reads the last packet of an oggenc file (shorter than a block) as lasting 2^32
     * samples less a few, and writes that: the copy would claim 54 hours. Such a duration becomes
     * 0 (the page then ends with the packet's start plus nothing; 9 ms of padding are kept).
     */
    private static final Muxer VORBIS = new Muxer(
            "ogg", false, false, "copy", List.of("-bsf:a", "setts=duration='if(gt(DURATION,2147483647),0,DURATION)'"));

    private static final Map<String, Muxer> BY_TYPE = Map.ofEntries(
            Map.entry("audio/mpeg", MP3),
            Map.entry("audio/mp4", MP4_AUDIO),
            Map.entry("audio/x-m4a", MP4_AUDIO),
            Map.entry("audio/vnd.wave", WAV),
            Map.entry("audio/wav", WAV),
            Map.entry("audio/x-wav", WAV),
            Map.entry("audio/x-aiff", AIFF),
            Map.entry("audio/aiff", AIFF),
            Map.entry("audio/x-flac", FLAC),
            Map.entry("audio/flac", FLAC),
            Map.entry("audio/vorbis", VORBIS),
            Map.entry("audio/opus", new Muxer("opus", false, false)),
            Map.entry("video/mp4", new Muxer("mp4", true, true)),
            Map.entry("video/x-m4v", new Muxer("mp4", true, true)),
            Map.entry("video/quicktime", new Muxer("mov", true, true)),
            Map.entry("video/webm", new Muxer("webm", true, false)));

    /** The ffmpeg command, or null for a type we do not store. */
    static @Nullable List<String> command(String mediaType, Path in, Path out) {
        Muxer muxer = BY_TYPE.get(mediaType);
        if (muxer == null) {
            return null;
        }
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-v", "error", "-y", "-i", in.toString()));
        if (muxer.video()) {
            // "V": pictures that move; a cover image is not the recording.
            command.addAll(List.of("-map", "0:V?"));
        }
        command.addAll(List.of(
                "-map",
                "0:a" + (muxer.video() ? "?" : ""),
                "-c:v",
                "copy",
                "-c:a",
                muxer.audio(),
                "-map_metadata",
                "-1",
                "-map_chapters",
                "-1",
                "-fflags",
                "+bitexact",
                "-flags:v",
                "+bitexact",
                "-flags:a",
                "+bitexact"));
        command.addAll(muxer.options());
        if (muxer.faststart()) {
            command.addAll(List.of("-movflags", "+faststart"));
        }
        command.addAll(List.of("-f", muxer.name(), out.toString()));
        return command;
    }

    /** What ffmpeg cannot do alone: an MP3 ends with its last frame. Returns false when nothing is left. */
    static boolean finish(String mediaType, Path out) throws java.io.IOException {
        return BY_TYPE.get(mediaType) != MP3 || Mp3Frames.keepFramesOnly(out) > 0;
    }
}
