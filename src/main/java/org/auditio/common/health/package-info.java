/** How the application reports its own health to load balancers and compose. */
@NullMarked
package org.auditio.common.health;

import org.jspecify.annotations.NullMarked;
