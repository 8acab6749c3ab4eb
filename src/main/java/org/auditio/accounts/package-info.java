/** Users, roles, registration, login and its throttling, password reset, invitations, language preference. */
@ApplicationModule(allowedDependencies = {"common"})
@NullMarked
package org.auditio.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
