package org.auditio.jury;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/** Another juror's marks (by their seat number on the panel) for a candidate, shown only after the asking juror has submitted their own. */
public record OtherJurorMarks(int jurorNumber, AssignmentState state, Map<UUID, BigDecimal> marks) {}
