package org.auditio.media.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.auditio.media.MediaFacts;
import org.auditio.media.probe.MetadataProbe;
import org.jspecify.annotations.Nullable;

/**
 * What the probe found in a file: the technical facts, and the embedded tags (title, artist,
 * comment …), which are kept for organisers but may name the singer, so jurors never see them.
 */
record Probed(MediaFacts facts, Map<String, String> tags, Decoded sound) {

    /**
     * What decoding the sound showed: the duration the headers claim (hints, to tell a cut-off
     * file), why the sound did not decode ({@code SoundDecode}'s reasons; null when it did), and
     * the silence and clipping figures.
     */
    record Decoded(
            @Nullable Duration claimed,
            @Nullable String error,
            @Nullable Double silentShare,
            @Nullable Double fullScaleShare) {

        static Decoded unknown() {
            return new Decoded(null, null, null, null);
        }
    }

    static final int MAX_TAG = 200;

    /** Header facts outside these are a forged or damaged header, not a recording: unknown. */
    static final int MIN_SAMPLE_RATE = 1000;

    static final int MAX_SAMPLE_RATE = 768_000;
    static final int MAX_CHANNELS = 64;
    static final int MAX_PICTURE_SIDE = 16_384;
    static final int MAX_BITRATE_KBPS = 200_000;

    Probed {
        tags = Map.copyOf(tags);
    }

    /** Reads the probe's {@code key=value} lines; anything unreadable is unknown. */
    static Probed of(List<String> lines) {
        Map<String, String> found = new HashMap<>();
        Map<String, String> tags = new TreeMap<>();
        for (String line : lines) {
            int equals = line.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String key = line.substring(0, equals);
            String value = line.substring(equals + 1);
            if (key.startsWith(MetadataProbe.TAG)) {
                tags.put(
                        key.substring(MetadataProbe.TAG.length()),
                        value.substring(0, Math.min(value.length(), MAX_TAG)));
            } else {
                found.put(key, value);
            }
        }
        MediaFacts facts = new MediaFacts(
                duration(found.get("durationSeconds")),
                within(integer(found.get("sampleRate")), MIN_SAMPLE_RATE, MAX_SAMPLE_RATE),
                within(integer(found.get("channels")), 1, MAX_CHANNELS),
                text(found.get("audioCodec")),
                text(found.get("videoCodec")),
                within(integer(found.get("width")), 1, MAX_PICTURE_SIDE),
                within(integer(found.get("height")), 1, MAX_PICTURE_SIDE),
                within(integer(found.get("bitrateKbps")), 1, MAX_BITRATE_KBPS),
                frameRate(found.get("frameRate")),
                decibels(found.get("loudnessLufs")),
                decibels(found.get("truePeakDbfs")));
        Decoded sound = new Decoded(
                duration(found.get("claimedSeconds")),
                text(found.get("decodeError")),
                share(found.get("silentShare")),
                share(found.get("fullScaleShare")));
        return new Probed(facts, tags, sound);
    }

    private static @Nullable Duration duration(@Nullable String seconds) {
        Double value = number(seconds);
        return value != null && value > 0 && value < 24 * 3600 ? Duration.ofMillis(Math.round(value * 1000)) : null;
    }

    private static @Nullable Double frameRate(@Nullable String perSecond) {
        Double value = number(perSecond);
        return value != null && value > 0 && value <= 1000 ? value : null;
    }

    /** Loudness below 0 LUFS; a true peak may pass 0 dBFS (a clipped recording), never +20. */
    private static @Nullable Double decibels(@Nullable String value) {
        Double level = number(value);
        return level != null && level > -100 && level < 20 ? level : null;
    }

    private static @Nullable Double share(@Nullable String value) {
        Double share = number(value);
        return share != null && share >= 0 && share <= 1 ? share : null;
    }

    private static @Nullable Double number(@Nullable String value) {
        try {
            return value == null ? null : Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable Integer integer(@Nullable String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable Integer within(@Nullable Integer value, int min, int max) {
        return value != null && value >= min && value <= max ? value : null;
    }

    private static @Nullable String text(@Nullable String value) {
        return value == null ? null : value.substring(0, Math.min(value.length(), 100));
    }
}
