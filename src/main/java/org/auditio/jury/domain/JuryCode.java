package org.auditio.jury.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.auditio.auditions.VoicePart;

/** The stable anonymous code of an application (e.g. {@code WYC19-0173}): all a juror knows of who. */
@Entity
@Table(name = "jury_code")
public class JuryCode {

    @Id
    private UUID applicationId;

    private UUID auditionId;

    private String code;

    @Enumerated(EnumType.STRING)
    private VoicePart voicePart;

    protected JuryCode() {
        this.auditionId = new UUID(0, 0);
        this.applicationId = auditionId;
        this.code = "";
        this.voicePart = VoicePart.S;
    }

    public JuryCode(UUID auditionId, UUID applicationId, String code, VoicePart voicePart) {
        this.auditionId = auditionId;
        this.applicationId = applicationId;
        this.code = code;
        this.voicePart = voicePart;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public String code() {
        return code;
    }

    public VoicePart voicePart() {
        return voicePart;
    }
}
