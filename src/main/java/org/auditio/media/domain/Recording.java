package org.auditio.media.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.auditio.media.MediaFacts;
import org.auditio.media.MediaKind;
import org.auditio.media.RecordingInfo;
import org.auditio.media.SoundCheck;
import org.auditio.media.SoundWarning;
import org.jspecify.annotations.Nullable;

/** One uploaded recording: who owns it, and once COMPLETE, where its verified bytes are. */
@Entity
@Table(name = "recording")
public class Recording {

    @Id
    private UUID id;

    private String opaqueId;

    private UUID ownerId;

    @Enumerated(EnumType.STRING)
    private RecordingStatus status;

    private String displayName;

    private @Nullable String sha256;

    @Column(name = "size_bytes")
    private @Nullable Long sizeBytes;

    private @Nullable String contentType;

    @Enumerated(EnumType.STRING)
    private @Nullable MediaKind kind;

    private @Nullable String storageKey;

    private Instant createdAt;

    private @Nullable Instant completedAt;

    private @Nullable Long durationMs;
    private @Nullable Integer sampleRate;
    private @Nullable Integer channels;
    private @Nullable String audioCodec;
    private @Nullable String videoCodec;
    private @Nullable Integer width;
    private @Nullable Integer height;
    private @Nullable Integer bitrateKbps;

    private @Nullable Double frameRate;
    private @Nullable Double loudnessLufs;
    private @Nullable Double truePeakDbfs;

    private @Nullable Double silentShare;
    private @Nullable Double fullScaleShare;
    /** Names of {@link SoundWarning}, comma-separated. */
    private String soundWarnings = "";

    /** Tags found in the file, as {@code name=value} lines: they may name the singer, so never for jurors. */
    private String embeddedTags = "";

    protected Recording() {
        this.id = UUID.randomUUID();
        this.opaqueId = "";
        this.ownerId = id;
        this.status = RecordingStatus.UPLOADING;
        this.displayName = "";
        this.createdAt = Instant.EPOCH;
    }

    public Recording(UUID ownerId, String opaqueId, String displayName, Instant now) {
        this.id = UUID.randomUUID();
        this.opaqueId = opaqueId;
        this.ownerId = ownerId;
        this.status = RecordingStatus.UPLOADING;
        this.displayName = displayName;
        this.createdAt = now;
    }

    /** The file is in its final place: only now may anyone play it. */
    public void complete(
            String sha256,
            long sizeBytes,
            String contentType,
            MediaKind kind,
            MediaFacts facts,
            String storageKey,
            Instant now) {
        if (status != RecordingStatus.UPLOADING) {
            throw new IllegalStateException("Recording " + id + " is already complete");
        }
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.contentType = contentType;
        this.kind = kind;
        this.storageKey = storageKey;
        this.durationMs = facts.duration() == null ? null : facts.duration().toMillis();
        this.sampleRate = facts.sampleRate();
        this.channels = facts.channels();
        this.audioCodec = facts.audioCodec();
        this.videoCodec = facts.videoCodec();
        this.width = facts.width();
        this.height = facts.height();
        this.bitrateKbps = facts.bitrateKbps();
        this.frameRate = facts.frameRate();
        this.loudnessLufs = facts.loudnessLufs();
        this.truePeakDbfs = facts.truePeakDbfs();
        this.completedAt = now;
        this.status = RecordingStatus.COMPLETE;
    }

    /** Keeps what decoding the sound showed, and the warnings its singer was given at upload. */
    public void keepSoundCheck(SoundCheck sound) {
        this.silentShare = sound.silentShare();
        this.fullScaleShare = sound.fullScaleShare();
        this.soundWarnings = sound.warnings().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private SoundCheck soundCheck() {
        EnumSet<SoundWarning> warnings = EnumSet.noneOf(SoundWarning.class);
        Arrays.stream(soundWarnings.split(",")).filter(name -> !name.isBlank()).forEach(name -> {
            try {
                warnings.add(SoundWarning.valueOf(name.strip()));
            } catch (IllegalArgumentException retired) {
                // a warning this version no longer gives
            }
        });
        return new SoundCheck(silentShare, fullScaleShare, warnings);
    }

    /** Keeps the file's embedded tags (each value already one short line). */
    public void keepEmbeddedTags(Map<String, String> tags) {
        StringBuilder lines = new StringBuilder();
        new TreeMap<>(tags)
                .forEach((name, value) ->
                        lines.append(name).append('=').append(value).append('\n'));
        this.embeddedTags = lines.toString();
    }

    public Map<String, String> embeddedTags() {
        Map<String, String> tags = new TreeMap<>();
        embeddedTags.lines().forEach(line -> {
            int equals = line.indexOf('=');
            if (equals > 0) {
                tags.put(line.substring(0, equals), line.substring(equals + 1));
            }
        });
        return tags;
    }

    public UUID id() {
        return id;
    }

    public String opaqueId() {
        return opaqueId;
    }

    public UUID ownerId() {
        return ownerId;
    }

    public RecordingStatus status() {
        return status;
    }

    public boolean complete() {
        return status == RecordingStatus.COMPLETE;
    }

    public @Nullable String storageKey() {
        return storageKey;
    }

    public @Nullable String contentType() {
        return contentType;
    }

    public @Nullable Long sizeBytes() {
        return sizeBytes;
    }

    public @Nullable String sha256() {
        return sha256;
    }

    public RecordingInfo info() {
        if (!complete() || sha256 == null || sizeBytes == null || contentType == null || kind == null) {
            throw new IllegalStateException("Recording " + id + " is not complete");
        }
        return new RecordingInfo(
                id,
                "/media/" + opaqueId,
                kind,
                contentType,
                sizeBytes,
                sha256,
                displayName,
                createdAt,
                facts(),
                soundCheck());
    }

    private MediaFacts facts() {
        return new MediaFacts(
                durationMs == null ? null : Duration.ofMillis(durationMs),
                sampleRate,
                channels,
                audioCodec,
                videoCodec,
                width,
                height,
                bitrateKbps,
                frameRate,
                loudnessLufs,
                truePeakDbfs);
    }
}
