@NullMarked
package org.auditio.media.internal;

import org.jspecify.annotations.NullMarked;
