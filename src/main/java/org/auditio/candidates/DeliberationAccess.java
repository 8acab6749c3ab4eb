package org.auditio.candidates;

import java.util.UUID;

/**
 * Who deliberates on an audition besides its organisers (the jury chair): answered by the module
 * that knows the jury. Lets the deliberation read who applied without this module knowing juries.
 */
public interface DeliberationAccess {

    boolean currentUserDeliberates(UUID auditionId);
}
