package org.auditio.selection;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.auditio.auditions.VoicePart;
import org.jspecify.annotations.Nullable;

/** The published results as anyone may read them: the selected by section, then the reserve in order. */
public record PublicResults(UUID auditionId, String titleEn, String titleFr, List<Entry> entries) {

    /** A selected singer ({@code reservePosition} null) or one on the reserve list of a section. */
    public record Entry(
            VoicePart section,
            VoicePart voicePart,
            String name,
            @Nullable String country,
            @Nullable Integer reservePosition) {}

    public PublicResults {
        entries = List.copyOf(entries);
    }

    public String title(Locale locale) {
        return locale.getLanguage().equals(Locale.FRENCH.getLanguage()) && !titleFr.isBlank() ? titleFr : titleEn;
    }

    public List<Entry> selected(VoicePart section) {
        return entries.stream()
                .filter(e -> e.section() == section && e.reservePosition() == null)
                .toList();
    }

    public List<Entry> reserve(VoicePart section) {
        return entries.stream()
                .filter(e -> e.section() == section && e.reservePosition() != null)
                .toList();
    }
}
