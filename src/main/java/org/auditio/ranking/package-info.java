/** Aggregation methods, reliability figures and rankings per voice part. */
@ApplicationModule(allowedDependencies = {"auditions", "jury", "candidates", "common"})
@NullMarked
package org.auditio.ranking;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
