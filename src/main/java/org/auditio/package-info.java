@NullMarked
package org.auditio;

import org.jspecify.annotations.NullMarked;
