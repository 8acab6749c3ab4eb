package org.auditio.selection;

import org.auditio.auditions.VoicePart;

/** A voice part's places and reserve positions against how many are taken. */
public record PartCount(VoicePart part, int places, int selected, int reserve, int reserved) {

    public boolean overPlaces() {
        return selected > places;
    }
}
