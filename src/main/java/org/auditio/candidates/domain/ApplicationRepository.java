package org.auditio.candidates.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every query names its owner: the candidate's id, or the audition an organiser may manage. */
public interface ApplicationRepository extends JpaRepository<Application, UUID> {

    Optional<Application> findByIdAndCandidateId(UUID id, UUID candidateId);

    Optional<Application> findByAuditionIdAndCandidateId(UUID auditionId, UUID candidateId);

    List<Application> findByCandidateIdOrderByCreatedAtDesc(UUID candidateId);

    Optional<Application> findByIdAndAuditionId(UUID id, UUID auditionId);

    long countByAuditionId(UUID auditionId);

    @Query("select a.status, count(a) from Application a where a.auditionId = ?1 group by a.status")
    List<Object[]> countByStatus(UUID auditionId);

    @Query("""
            select a.voicePart, count(a) from Application a
            where a.auditionId = ?1 and a.status = org.auditio.candidates.ApplicationStatus.SUBMITTED
            group by a.voicePart""")
    List<Object[]> countSubmittedByVoicePart(UUID auditionId);

    @Query("""
            select p.country, count(a) from Application a join CandidateProfile p on p.accountId = a.candidateId
            where a.auditionId = ?1 and a.status = org.auditio.candidates.ApplicationStatus.SUBMITTED
            group by p.country order by count(a) desc, p.country""")
    List<Object[]> countSubmittedByCountry(UUID auditionId);

    @Query("""
            select distinct a from Application a left join fetch a.slots
            where a.auditionId = ?1 and a.status = org.auditio.candidates.ApplicationStatus.SUBMITTED""")
    List<Application> findSubmitted(UUID auditionId);

    /** The auditions whose applications hold a recording, current or replaced (normally one). */
    @Query(value = """
            select distinct a.audition_id from application a
            join recording_slot s on s.application_id = a.id
            left join recording_slot_replaced r on r.slot_id = s.id
            where s.current_recording_id = ?1 or r.recording_id = ?1""", nativeQuery = true)
    List<UUID> auditionsHoldingRecording(UUID recordingId);

    /** The submitted applications whose current (never a replaced) recording this is. */
    @Query(value = """
            select a.id from application a join recording_slot s on s.application_id = a.id
            where s.current_recording_id = ?1 and a.status = 'SUBMITTED'""", nativeQuery = true)
    List<UUID> submittedPlaying(UUID recordingId);

    /**
     * The current recording of every slot of an audition's applications, with its application,
     * piece and applicant's name: {@code [recording_id, application_id, piece_id, full_name]}.
     */
    @Query(value = """
            select s.current_recording_id, a.id, s.piece_id, coalesce(p.full_name, '')
            from application a join recording_slot s on s.application_id = a.id
            left join candidate_profile p on p.account_id = a.candidate_id
            where a.audition_id = ?1 and s.current_recording_id is not null""", nativeQuery = true)
    List<Object[]> currentRecordings(UUID auditionId);
}
