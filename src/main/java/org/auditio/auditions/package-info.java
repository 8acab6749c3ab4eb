/** Organisations, auditions (window, eligibility, voice parts and places, required pieces, rubric) and their lifecycle. */
@ApplicationModule(allowedDependencies = {"accounts", "common"})
@NullMarked
package org.auditio.auditions;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
