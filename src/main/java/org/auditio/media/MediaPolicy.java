package org.auditio.media;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What the caller (a recording slot) accepts: audio, video or both, and how long at most (null: no
 * limit). A shorter recording than {@code minDuration} is kept with a warning. Size limits come from
 * configuration.
 */
public record MediaPolicy(
        boolean audio,
        boolean video,
        @Nullable Duration maxDuration,
        @Nullable Duration minDuration) {

    public MediaPolicy(boolean audio, boolean video) {
        this(audio, video, null, null);
    }

    public MediaPolicy(boolean audio, boolean video, @Nullable Duration maxDuration) {
        this(audio, video, maxDuration, null);
    }

    public MediaPolicy {
        if (!audio && !video) {
            throw new IllegalArgumentException("A policy accepts audio, video or both");
        }
    }

    public static MediaPolicy audioOnly() {
        return new MediaPolicy(true, false);
    }

    public static MediaPolicy videoOnly() {
        return new MediaPolicy(false, true);
    }

    public static MediaPolicy either() {
        return new MediaPolicy(true, true);
    }

    /** The same kinds, with a longest duration (a range test of at most 1′20″). */
    public MediaPolicy lastingAtMost(@Nullable Duration max) {
        return new MediaPolicy(audio, video, max, minDuration);
    }

    /** The same rules, with a shortest duration under which the singer is warned (null: none). */
    public MediaPolicy lastingAtLeast(@Nullable Duration min) {
        return new MediaPolicy(audio, video, maxDuration, min);
    }

    public boolean accepts(MediaKind kind) {
        return kind == MediaKind.AUDIO ? audio : video;
    }
}
