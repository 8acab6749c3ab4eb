package org.auditio.media.internal;

/** Bytes received but not yet committed: a temporary object named by the store, its hash and size. */
public record StagedUpload(String temporaryName, String sha256, long sizeBytes) {}
