package org.auditio.accounts.internal;

import java.util.UUID;
import org.auditio.accounts.Role;
import org.auditio.accounts.domain.UserAccount;
import org.auditio.accounts.domain.UserAccountRepository;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** Looks accounts up by e-mail, whatever its case. */
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    /** Stands in for an invited account's missing password: no input ever matches it. */
    private final String unusablePassword;

    AccountUserDetailsService(UserAccountRepository accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.unusablePassword = encoder.encode(UUID.randomUUID().toString());
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        UserAccount account =
                accounts.findByEmail(email.strip()).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        String hash = account.passwordHash();
        return User.withUsername(account.email())
                .password(hash == null ? unusablePassword : hash)
                .authorities(account.roles().stream()
                        .map(Role::authority)
                        .map(SimpleGrantedAuthority::new)
                        .toList())
                .build();
    }
}
