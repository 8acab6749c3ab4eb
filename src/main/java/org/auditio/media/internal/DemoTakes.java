package org.auditio.media.internal;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.auditio.common.DemoSeeding;
import org.auditio.media.DemoRecordings.Line;
import org.auditio.media.DemoRecordings.Take;
import org.auditio.media.MediaFacts;
import org.auditio.media.MediaKind;
import org.auditio.media.domain.Recording;
import org.auditio.media.internal.SungLine.Note;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Behind {@link org.auditio.media.DemoRecordings}: each take's line is sung, staged and committed
 * like an upload, and its facts are what was generated (no probe: it would cost a JVM per file);
 * then one recording row per take, written in batches. Files are short and at 8 kHz (a thousand
 * of them take ~150 MB) and each has a melody and tempo of its own, so their acoustic fingerprints
 * match none but the deliberate copy.
 */
@Component
@ConditionalOnProperty(name = "auditio.demo.enabled", havingValue = "true")
public class DemoTakes {

    static final String DISPLAY_NAME = "recording.wav";
    private static final String WAV = "audio/vnd.wave";

    /** The sample rate of demo files: enough for a voice, half the size of 16 kHz. */
    static final int SAMPLE_RATE = 8000;

    private static final int[] MAJOR = {0, 2, 4, 5, 7, 9, 11, 12, 14, 16};
    private static final int[] MINOR = {0, 2, 3, 5, 7, 8, 10, 12, 14, 15};

    /** A line at a pitch, its melody's seed, and whether it is the re-encoded copy: what makes two files differ. */
    record Song(Line line, int tonic, long melody, boolean copy) {

        static Song of(Take take) {
            return new Song(take.line(), take.tonic(), take.melody(), take.copy());
        }
    }

    private record StoredFile(String key, String sha256, long sizeBytes, MediaFacts facts) {}

    private final MediaStorage storage;
    private final EntityManager entities;
    private final Clock clock;

    DemoTakes(MediaStorage storage, EntityManager entities, Clock clock) {
        this.storage = storage;
        this.entities = entities;
        this.clock = clock;
    }

    public List<UUID> store(List<Take> wanted) {
        DemoSeeding.batchWrites(entities);
        // Each file is sung and written (fsync included) on a thread of its own: the waits overlap.
        Map<Song, StoredFile> files;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Map<Song, Future<StoredFile>> writing = new LinkedHashMap<>();
            wanted.forEach(take -> writing.computeIfAbsent(Song.of(take), song -> threads.submit(() -> write(song))));
            files = new HashMap<>();
            for (var entry : writing.entrySet()) {
                files.put(entry.getKey(), done(entry.getValue()));
            }
        }
        Instant now = clock.instant();
        List<UUID> ids = new ArrayList<>(wanted.size());
        for (Take take : wanted) {
            StoredFile file = files.get(Song.of(take));
            Recording recording = new Recording(take.ownerId(), OpaqueIds.next(), DISPLAY_NAME, now);
            recording.complete(file.sha256(), file.sizeBytes(), WAV, MediaKind.AUDIO, file.facts(), file.key(), now);
            entities.persist(recording);
            ids.add(recording.id());
        }
        entities.flush();
        return ids;
    }

    private static StoredFile done(Future<StoredFile> file) {
        try {
            return file.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing the demo recordings", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A demo recording could not be written", e.getCause());
        }
    }

    private StoredFile write(Song song) {
        byte[] wav = wav(song);
        List<Note> notes = notes(song);
        try {
            StagedUpload staged = storage.stage(new ByteArrayInputStream(wav), wav.length);
            String key = storage.commit(staged);
            MediaFacts facts = new MediaFacts(
                    Duration.ofMillis(SungLine.durationMillis(notes, SAMPLE_RATE)),
                    SAMPLE_RATE,
                    1,
                    SungLine.CODEC,
                    null,
                    null,
                    null,
                    SAMPLE_RATE * 16 / 1000);
            return new StoredFile(key, staged.sha256(), staged.sizeBytes(), facts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file of a song: a copy is quieter, with other breath noise (other bytes, the same performance). */
    static byte[] wav(Song song) {
        return SungLine.wav(notes(song), song.hashCode(), SAMPLE_RATE, song.copy() ? 0.7 : 1);
    }

    /**
     * A melody of its own: a walk on a major or minor scale (up to a tenth above a tonic within half
     * an octave of the section's), notes of half a beat to two beats, a rare breath, at a tempo
     * between 97 and 190 beats a minute, for 8.6–9.8 s. The copy starts 0.1 s later. Keys and modes
     * vary because fingerprints compare pitch classes: a thousand random melodies in one key and one
     * synthetic timbre gave four false matches in a thousand takes.
     */
    static List<Note> notes(Song song) {
        Random random = new Random(song.melody() * 31 + song.line().ordinal());
        double beat = 0.32 + 0.3 * random.nextDouble();
        int tonic = song.tonic() + random.nextInt(12) - 5;
        int[] scale = random.nextBoolean() ? MAJOR : MINOR;
        double[] beats = {0.5, 1, 1, 1, 1.5, 2};
        double length = 8.6 + 1.2 * random.nextDouble();
        List<Note> notes = new ArrayList<>();
        double lead = song.copy() ? 0.4 : 0.3;
        notes.add(new Note(-1, lead));
        double total = lead;
        int degree = random.nextInt(5);
        while (total < length - 0.3) {
            double seconds = Math.min(beats[random.nextInt(beats.length)] * beat, length - 0.3 - total + 0.05);
            notes.add(new Note(random.nextInt(16) == 0 ? -1 : tonic + scale[degree], seconds));
            total += seconds;
            int step = random.nextInt(7) - 3;
            degree = Math.max(0, Math.min(scale.length - 1, degree + (step == 0 ? 4 : step)));
        }
        notes.add(new Note(-1, 0.3));
        return notes;
    }
}
