package org.auditio.auditions;

import java.util.UUID;

/** An organisation and how many organisers belong to it. */
public record OrganisationSummary(UUID id, String name, OrganisationKind kind, int organisers) {}
