package org.auditio.auditions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.auditio.auditions.VoicePart;
import org.auditio.auditions.VoicePartQuota;
import org.auditio.common.UserError;

/** A voice part offered, with its places and reserve size. */
@Embeddable
class VoicePartPlaces {

    static final int MAX_PLACES = 500;

    @Enumerated(EnumType.STRING)
    @Column(name = "voice_part")
    private VoicePart part;

    private int places;

    private int reserve;

    protected VoicePartPlaces() {
        this.part = VoicePart.S;
    }

    VoicePartPlaces(VoicePartQuota quota) {
        if (quota.places() < 1 || quota.places() > MAX_PLACES) {
            throw new UserError("audition.voice-parts.places-invalid", MAX_PLACES);
        }
        if (quota.reserve() < 0 || quota.reserve() > MAX_PLACES) {
            throw new UserError("audition.voice-parts.reserve-invalid", MAX_PLACES);
        }
        this.part = quota.part();
        this.places = quota.places();
        this.reserve = quota.reserve();
    }

    VoicePart part() {
        return part;
    }

    VoicePartQuota quota() {
        return new VoicePartQuota(part, places, reserve);
    }
}
