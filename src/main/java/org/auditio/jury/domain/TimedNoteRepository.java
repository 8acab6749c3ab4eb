package org.auditio.jury.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TimedNoteRepository extends JpaRepository<TimedNote, UUID> {

    List<TimedNote> findByAssignmentIdOrderBySlotPositionAscAtSecondsAsc(UUID assignmentId);
}
