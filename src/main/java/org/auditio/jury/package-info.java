/** Panels, assignments, conflicts of interest, listening order, scores and the audit of score changes. */
@ApplicationModule(allowedDependencies = {"accounts", "auditions", "media", "candidates", "common"})
@NullMarked
package org.auditio.jury;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
