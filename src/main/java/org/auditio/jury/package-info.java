/**
 * Panels, assignments, conflicts of interest, listening order, scores and the audit of score changes.
 *
 * <p>Once an audition's results are published, {@link org.auditio.jury.JuryFreeze} (called by
 * selection's publication) freezes its jury work: the jury's own triggers (V60–V61) then refuse any
 * change to its marks, mark changes, assignments and conflicts, whoever writes to the database.
 */
@ApplicationModule(allowedDependencies = {"accounts", "auditions", "media", "candidates", "common"})
@NullMarked
package org.auditio.jury;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
