package org.auditio.auditions.domain;

import org.auditio.common.UserError;

/** Checks on the texts organisers type: stripped, required where needed, never longer than their column. */
final class Texts {

    private Texts() {}

    static String required(String text, int maxLength, String missingKey) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            throw new UserError(missingKey);
        }
        return limited(stripped, maxLength);
    }

    static String optional(String text, int maxLength) {
        return limited(text.strip(), maxLength);
    }

    private static String limited(String text, int maxLength) {
        if (text.length() > maxLength) {
            throw new UserError("field.too-long", maxLength);
        }
        return text;
    }
}
