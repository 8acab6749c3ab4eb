package org.auditio.accounts.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.auditio.common.UserError;

/** E-mail addresses as people type them: trimmed, checked for a plausible shape. */
public final class Emails {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

    private Emails() {}

    /** The address trimmed; a clear error when it cannot be an address. */
    public static String normalise(String email) {
        String trimmed = email.strip();
        if (trimmed.length() > 320 || !SHAPE.matcher(trimmed).matches()) {
            throw new UserError("email.invalid");
        }
        return trimmed;
    }

    public static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
