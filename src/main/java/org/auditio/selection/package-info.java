/** Decisions, the quota assistant, publication, public results and exports. */
@ApplicationModule(allowedDependencies = {"auditions", "ranking", "candidates", "accounts", "common"})
@NullMarked
package org.auditio.selection;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
