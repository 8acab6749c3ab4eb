/** Media storage, type detection, isolated metadata extraction, integrity, the streaming endpoint and the player. */
@ApplicationModule(allowedDependencies = {"accounts", "common"})
@NullMarked
package org.auditio.media;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
