package org.auditio.auditions;

/** A voice part an audition offers, with the singers it will take and the size of its reserve list. */
public record VoicePartQuota(VoicePart part, int places, int reserve) {}
