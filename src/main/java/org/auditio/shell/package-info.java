/** Main layout, home page and error pages. */
@ApplicationModule(allowedDependencies = {"accounts", "common"})
@NullMarked
package org.auditio.shell;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
