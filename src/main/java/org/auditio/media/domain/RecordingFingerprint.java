package org.auditio.media.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A recording's Chromaprint fingerprint (raw 32-bit values), or why none could be computed. */
@Entity
@Table(name = "recording_fingerprint")
public class RecordingFingerprint {

    @Id
    private UUID recordingId;

    private byte[] items;

    private @Nullable Long durationMs;

    private Instant computedAt;

    private @Nullable String failure;

    protected RecordingFingerprint() {
        this.recordingId = UUID.randomUUID();
        this.items = new byte[0];
        this.computedAt = Instant.EPOCH;
    }

    public static byte[] pack(int[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Integer.BYTES);
        bytes.asIntBuffer().put(values);
        return bytes.array();
    }

    public UUID recordingId() {
        return recordingId;
    }

    /** The raw values; empty when the file gave none. */
    public int[] values() {
        int[] values = new int[items.length / Integer.BYTES];
        ByteBuffer.wrap(items).asIntBuffer().get(values);
        return values;
    }

    public @Nullable String failure() {
        return failure;
    }

    public @Nullable Long durationMs() {
        return durationMs;
    }

    public Instant computedAt() {
        return computedAt;
    }
}
