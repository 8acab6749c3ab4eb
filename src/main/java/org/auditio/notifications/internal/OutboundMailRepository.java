package org.auditio.notifications.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OutboundMailRepository extends JpaRepository<OutboundMail, UUID> {

    @Query("select m from OutboundMail m order by m.createdAt desc")
    List<OutboundMail> newestFirst(Pageable page);

    @Query("select m from OutboundMail m where m.status in ('PENDING', 'FAILED') order by m.createdAt")
    List<OutboundMail> undelivered(Pageable page);
}
