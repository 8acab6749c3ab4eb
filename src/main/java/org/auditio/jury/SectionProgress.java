package org.auditio.jury;

import org.auditio.auditions.VoicePart;

/** Assignments done out of assigned, for one section (S, A, T, B). Conflicted jurors count as absent. */
public record SectionProgress(VoicePart section, int assigned, int done) {}
