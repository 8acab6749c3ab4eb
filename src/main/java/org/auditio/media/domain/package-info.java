@NullMarked
package org.auditio.media.domain;

import org.jspecify.annotations.NullMarked;
