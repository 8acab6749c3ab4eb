package org.auditio.common;

/**
 * A refusal the user caused (bad input, a rule, a closed window): it carries a translation key and
 * its arguments, so every screen shows the same clear message in the user's language.
 */
public class UserError extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserError(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
