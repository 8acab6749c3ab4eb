package org.auditio.accounts.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.auditio.accounts.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

    @Query("select u from UserAccount u where lower(u.email) = lower(?1)")
    Optional<UserAccount> findByEmail(String email);

    @Query("select u from UserAccount u order by lower(u.email)")
    List<UserAccount> findPage(Pageable page);

    @Query("select u from UserAccount u where ?1 member of u.roles order by lower(u.email)")
    List<UserAccount> findByRole(Role role, Pageable page);

    @Query("select count(distinct u) from UserAccount u join u.roles r where r = ?1")
    long countByRole(Role role);

    /** Whether someone holding the role can log in (has chosen a password). */
    @Query("select count(u) > 0 from UserAccount u join u.roles r where r = ?1 and u.passwordHash is not null")
    boolean anyWithPassword(Role role);
}
