package org.auditio.media.internal;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.auditio.common.UserError;
import org.auditio.media.MediaFacts;
import org.auditio.media.MediaPolicy;
import org.auditio.media.SoundWarning;
import org.auditio.media.probe.SoundDecode;
import org.jspecify.annotations.Nullable;

/**
 * What the decoded sound means for an upload: refused when there is no sound to hear (no audio
 * stream, a stream that does not decode, far less sound than the file claims), otherwise kept, with
 * warnings the singer should read (too short, nearly silent, clipped).
 */
final class SoundVerdict {

    /** Less than this share of what the headers claim, and ... */
    static final double CUT_OFF_SHARE = 0.9;
    /** ... at least this much missing: the file was cut off (an encoder's padding is far less). */
    static final Duration CUT_OFF_MISSING = Duration.ofSeconds(1);

    /** EBU R128 gates blocks below -70 LUFS out: -50 LUFS is a whisper far from the microphone. */
    static final double NEAR_SILENT_LUFS = -50;
    /** Share of the time below -60 dBFS (pauses of 0.5 s or more) that makes a take nearly silent. */
    static final double NEAR_SILENT_SHARE = 0.9;
    /** Share of the samples within 0.5 dB of full scale that says the input was clipped. */
    static final double CLIPPED_SHARE = 0.001;

    private SoundVerdict() {}

    /** Refuses a file without sound to judge, with a message that says why. */
    static void refuseSilentFiles(Probed probed, MediaPolicy policy) {
        String error = probed.sound().error();
        if (error == null || SoundDecode.NOT_INSTALLED.equals(error)) {
            cutOff(probed.facts().duration(), probed.sound().claimed());
            return;
        }
        switch (error) {
            case SoundDecode.NO_AUDIO -> throw new UserError("media.refused.no-sound", AcceptedFormats.names(policy));
            case SoundDecode.TOO_SLOW -> throw new UserError("media.refused.unreadable", AcceptedFormats.names(policy));
            default -> throw new UserError("media.refused.undecodable", AcceptedFormats.names(policy));
        }
    }

    private static void cutOff(@Nullable Duration decoded, @Nullable Duration claimed) {
        if (decoded == null || claimed == null) {
            return;
        }
        if (decoded.toMillis() < claimed.toMillis() * CUT_OFF_SHARE
                && claimed.minus(decoded).compareTo(CUT_OFF_MISSING) >= 0) {
            throw new UserError("media.refused.cut-off", minutesSecondsTenths(decoded));
        }
    }

    static Set<SoundWarning> warnings(Probed probed, MediaPolicy policy) {
        MediaFacts facts = probed.facts();
        Probed.Decoded sound = probed.sound();
        Set<SoundWarning> warnings = EnumSet.noneOf(SoundWarning.class);
        Duration min = policy.minDuration();
        if (min != null && facts.duration() != null && facts.duration().compareTo(min) < 0) {
            warnings.add(SoundWarning.TOO_SHORT);
        }
        // EBU R128 measures in 400 ms blocks: a shorter file's loudness says nothing.
        boolean measurable = facts.duration() != null && facts.duration().toMillis() >= 400;
        boolean quiet = measurable && facts.loudnessLufs() != null && facts.loudnessLufs() <= NEAR_SILENT_LUFS;
        boolean mostlySilent = sound.silentShare() != null && sound.silentShare() >= NEAR_SILENT_SHARE;
        if (quiet || mostlySilent) {
            warnings.add(SoundWarning.NEAR_SILENT);
        }
        if (sound.fullScaleShare() != null && sound.fullScaleShare() >= CLIPPED_SHARE) {
            warnings.add(SoundWarning.CLIPPED);
        }
        return warnings;
    }

    /** "0:00.5": the tenths matter for a file that holds half a second. */
    static String minutesSecondsTenths(Duration duration) {
        long tenths = (duration.toMillis() + 50) / 100;
        return String.format(Locale.ROOT, "%d:%02d.%d", tenths / 600, tenths / 10 % 60, tenths % 10);
    }
}
