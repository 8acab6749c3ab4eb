package org.auditio.media;

import java.util.UUID;

/**
 * Who besides the owner may play a recording: answered by the modules that know why (the organisers
 * of the audition an application belongs to, later its jurors). Asked on every media request, under
 * the requester's security context; any policy saying yes grants access.
 */
public interface MediaAccessPolicy {

    boolean currentUserMayPlay(UUID recordingId);
}
