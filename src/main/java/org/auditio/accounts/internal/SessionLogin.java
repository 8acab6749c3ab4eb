package org.auditio.accounts.internal;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.auditio.accounts.AccountSummary;
import org.auditio.accounts.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Logs the current browser session in as an account whose owner has just proved it (by opening the
 * link sent to its address), as the login form would: a new session id against fixation, and the
 * security context kept in the session where the filter chain and the playback filter read it.
 */
@Component
public class SessionLogin {

    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    public void logIn(AccountSummary account) {
        List<GrantedAuthority> authorities = account.roles().stream()
                .map(Role::authority)
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
        User principal = new User(account.email(), "", authorities);
        principal.eraseCredentials();
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        holder.setContext(context);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            HttpServletRequest http = request.getHttpServletRequest();
            http.changeSessionId();
            sessions.saveContext(context, http, response.getHttpServletResponse());
        }
    }
}
