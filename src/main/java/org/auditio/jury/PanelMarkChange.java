package org.auditio.jury;

/** A change to a submitted mark as the organisers see it in the audit trail: on whom, by whom, what. */
public record PanelMarkChange(String code, String jurorName, MarkChangeView change) {}
