/** Mail in the user's language, sent from events the other modules publish; the development outbox. */
@ApplicationModule(allowedDependencies = {"accounts", "candidates", "jury", "common"})
@NullMarked
package org.auditio.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
