package org.auditio.media.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.auditio.media.MediaFacts;
import org.auditio.media.MediaKind;
import org.auditio.media.MediaPolicy;

/**
 * The allow-list: media types, as detected from the bytes, that we store and browsers can play.
 * Anything else (archives, scripts, images, HTML, SVG, unknown Ogg or Matroska) is refused.
 */
public final class AcceptedFormats {

    /** A detected type we accept: what it is, and its name for people. */
    public record Format(String mediaType, MediaKind kind, String label) {}

    private static final String AUDIO_WEBM = "audio/webm";

    private static final List<Format> FORMATS = List.of(
            new Format("audio/mpeg", MediaKind.AUDIO, "MP3"),
            new Format("audio/mp4", MediaKind.AUDIO, "M4A (AAC)"),
            new Format("audio/x-m4a", MediaKind.AUDIO, "M4A (AAC)"),
            new Format("audio/vnd.wave", MediaKind.AUDIO, "WAV"),
            new Format("audio/wav", MediaKind.AUDIO, "WAV"),
            new Format("audio/x-wav", MediaKind.AUDIO, "WAV"),
            new Format("audio/x-aiff", MediaKind.AUDIO, "AIFF"),
            new Format("audio/aiff", MediaKind.AUDIO, "AIFF"),
            new Format("audio/x-flac", MediaKind.AUDIO, "FLAC"),
            new Format("audio/flac", MediaKind.AUDIO, "FLAC"),
            new Format("audio/vorbis", MediaKind.AUDIO, "Ogg Vorbis"),
            new Format("audio/opus", MediaKind.AUDIO, "Opus"),
            new Format("video/mp4", MediaKind.VIDEO, "MP4"),
            new Format("video/x-m4v", MediaKind.VIDEO, "MP4"),
            new Format("video/quicktime", MediaKind.VIDEO, "MOV"),
            new Format("video/webm", MediaKind.VIDEO, "WebM"),
            new Format(AUDIO_WEBM, MediaKind.AUDIO, "WebM"));

    private static final Map<String, Format> BY_TYPE =
            FORMATS.stream().collect(Collectors.toMap(Format::mediaType, format -> format));

    private AcceptedFormats() {}

    /**
     * The bytes cannot tell a sound-only WebM (what laptops record) from a video: the probe can. A
     * WebM with no picture is audio. Without ffprobe nothing is known, and it stays a video.
     */
    public static Format asMeasured(Format detected, MediaFacts facts) {
        boolean soundOnly = facts.audioCodec() != null && facts.videoCodec() == null && facts.width() == null;
        if ("video/webm".equals(detected.mediaType()) && soundOnly) {
            return BY_TYPE.get(AUDIO_WEBM);
        }
        return detected;
    }

    public static Optional<Format> of(String detectedType) {
        return Optional.ofNullable(BY_TYPE.get(detectedType));
    }

    /** The formats a policy accepts, named for people: "MP3, M4A (AAC), WAV, …". */
    public static String names(MediaPolicy policy) {
        return FORMATS.stream()
                .filter(format -> policy.accepts(format.kind()))
                .map(Format::label)
                .distinct()
                .collect(Collectors.joining(", "));
    }
}
