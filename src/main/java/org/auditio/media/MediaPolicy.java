package org.auditio.media;

/** What the caller (a recording slot) accepts: audio, video or both. Size limits come from configuration. */
public record MediaPolicy(boolean audio, boolean video) {

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

    public boolean accepts(MediaKind kind) {
        return kind == MediaKind.AUDIO ? audio : video;
    }
}
