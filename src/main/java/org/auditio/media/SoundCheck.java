package org.auditio.media;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What decoding the whole recording showed beyond its facts: the share of its time below -60 dBFS
 * (silence), the share of its samples within 0.5 dB of full scale (clipping), and the warnings its
 * singer was given at upload. Figures are unknown for recordings measured before they existed.
 */
public record SoundCheck(
        @Nullable Double silentShare, @Nullable Double fullScaleShare, Set<SoundWarning> warnings) {

    public SoundCheck {
        warnings = Set.copyOf(warnings);
    }

    public static SoundCheck unknown() {
        return new SoundCheck(null, null, Set.of());
    }
}
