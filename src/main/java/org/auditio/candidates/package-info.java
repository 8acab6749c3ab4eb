/** Candidate profiles, applications, recording slots, submission, withdrawal, and the outcome told once results are published. */
@ApplicationModule(allowedDependencies = {"accounts", "auditions", "media", "common"})
@NullMarked
package org.auditio.candidates;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
