package org.auditio.jury;

import org.auditio.auditions.VoicePart;

/** A candidate in a juror's queue: an anonymous code, never anything else. */
public record QueueEntry(int rank, String code, VoicePart voicePart, AssignmentState state) {}
