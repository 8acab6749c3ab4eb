/** Clock, i18n and the shared UI pieces every module may use. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.auditio.common;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
