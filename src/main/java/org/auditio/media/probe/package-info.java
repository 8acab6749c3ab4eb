/** The metadata probe: a main class run in its own JVM, never inside the application. */
@NullMarked
package org.auditio.media.probe;

import org.jspecify.annotations.NullMarked;
