/** Candidate profiles, applications, recording slots, submission and withdrawal. */
@ApplicationModule(allowedDependencies = {"accounts", "auditions", "media", "common"})
@NullMarked
package org.auditio.candidates;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
