package org.auditio.media.internal;

import java.text.Normalizer;

/**
 * A client's file name made safe to show as a label: no folders, no control or bidirectional
 * formatting characters, trimmed and capped. It never becomes a path.
 */
public final class DisplayNames {

    static final int MAX_LENGTH = 120;
    static final String FALLBACK = "recording";
    private static final int MAX_EXTENSION = 6;

    private DisplayNames() {}

    public static String sanitise(String declared) {
        String name = Normalizer.normalize(declared, Normalizer.Form.NFC);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().filter(DisplayNames::printable).forEach(kept::appendCodePoint);
        String clean = kept.toString().strip();
        while (clean.startsWith(".")) {
            clean = clean.substring(1).strip();
        }
        if (clean.isEmpty()) {
            return FALLBACK;
        }
        if (clean.codePointCount(0, clean.length()) > MAX_LENGTH) {
            // The extension stays: it tells the candidate and the organiser which file it was.
            int dot = clean.lastIndexOf('.');
            String extension = dot > 0 && clean.length() - dot <= MAX_EXTENSION ? clean.substring(dot) : "";
            String stem = clean.substring(0, clean.length() - extension.length());
            clean = stem.substring(0, stem.offsetByCodePoints(0, MAX_LENGTH - extension.length()))
                            .strip()
                    + extension;
        }
        return clean;
    }

    /** Control (incl. NUL), format (bidi overrides, zero-width), private-use and unassigned characters go. */
    private static boolean printable(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.PRIVATE_USE,
                    Character.SURROGATE,
                    Character.UNASSIGNED -> false;
            default -> true;
        };
    }
}
