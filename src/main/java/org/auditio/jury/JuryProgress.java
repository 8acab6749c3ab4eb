package org.auditio.jury;

import java.util.List;

public record JuryProgress(List<JurorProgress> jurors, List<SectionProgress> sections) {}
