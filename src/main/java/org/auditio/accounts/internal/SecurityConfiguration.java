package org.auditio.accounts.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import org.auditio.accounts.PasswordLinks;
import org.auditio.accounts.domain.UserAccountRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * One security configuration: Vaadin's configurer for the views (access annotations checked on
 * every navigation), method security on every service, Argon2id passwords, throttled logins.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, @Value("${auditio.base-url}") String baseUrl)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                        "/styles/**", "/images/**", "/actuator/health", "/actuator/health/**")
                .permitAll());
        // Recordings: the media module's playback filter answers /media/* before this chain, reading
        // the viewer from the session, authorises every request itself and answers 404 to anyone who
        // may not play that recording, logged in or not (a login redirect would tell a stranger the
        // address exists). The rule stays for any request that reaches the chain.
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/media/**").permitAll());
        http.addFilterBefore(new LoginOriginCheck(baseUrl), UsernamePasswordAuthenticationFilter.class);
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // Headers common to all responses: SecurityHeaders (a servlet filter, since Vaadin serves public pages).
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/login"));
        return http.build();
    }

    /** Argon2id for new hashes; the prefix in each stored hash lets the algorithm change later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                "argon2",
                Map.of(
                        "argon2",
                        Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt",
                        new BCryptPasswordEncoder()));
    }

    @Bean
    AuthenticationProvider authenticationProvider(
            UserAccountRepository accounts,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            ObjectProvider<PasswordLinks> links) {
        DaoAuthenticationProvider passwords =
                new DaoAuthenticationProvider(new AccountUserDetailsService(accounts, encoder));
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, throttle, links);
    }
}
