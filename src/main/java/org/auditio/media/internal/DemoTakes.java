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
 * Behind {@link org.auditio.media.DemoRecordings}: each distinct line is sung once, staged and
 * committed like an upload, and its facts are what was generated (no probe: it would cost a JVM
 * per file); then one recording row per take, written in batches.
 */
@Component
@ConditionalOnProperty(name = "auditio.demo.enabled", havingValue = "true")
public class DemoTakes {

    static final String DISPLAY_NAME = "recording.wav";
    private static final String WAV = "audio/vnd.wave";

    /** A line at a pitch: what makes two files differ. */
    private record Song(Line line, int tonic) {}

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
            wanted.forEach(take -> writing.computeIfAbsent(
                    new Song(take.line(), take.tonic()), song -> threads.submit(() -> write(song))));
            files = new HashMap<>();
            for (var entry : writing.entrySet()) {
                files.put(entry.getKey(), done(entry.getValue()));
            }
        }
        Instant now = clock.instant();
        List<UUID> ids = new ArrayList<>(wanted.size());
        for (Take take : wanted) {
            StoredFile file = files.get(new Song(take.line(), take.tonic()));
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
        List<Note> notes = notes(song);
        byte[] wav = SungLine.wav(notes, song.hashCode());
        try {
            StagedUpload staged = storage.stage(new ByteArrayInputStream(wav), wav.length);
            String key = storage.commit(staged);
            MediaFacts facts = new MediaFacts(
                    Duration.ofMillis(SungLine.durationMillis(notes)),
                    SungLine.SAMPLE_RATE,
                    1,
                    SungLine.CODEC,
                    null,
                    null,
                    null,
                    SungLine.SAMPLE_RATE * 16 / 1000);
            return new StoredFile(key, staged.sha256(), staged.sizeBytes(), facts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Degrees of the major scale from the tonic (0 = tonic, 7 = octave), each with its length in beats. */
    static List<Note> notes(Song song) {
        double beat = 1.1;
        double[][] melody = switch (song.line()) {
            case RANGE_TEST ->
                new double[][] {
                    {0, 1}, {1, 1}, {2, 1}, {3, 1}, {4, 1}, {5, 1}, {6, 1}, {7, 2}, {6, 1}, {5, 1}, {4, 1}, {3, 1},
                    {2, 1}, {1, 1}, {0, 2}
                };
            case SIGHT_READING ->
                new double[][] {
                    {0, 1}, {2, 1}, {4, 1}, {2, 1}, {3, 2}, {-1, 1}, {4, 1}, {7, 1}, {5, 1}, {4, 1}, {3, 1}, {1, 1},
                    {2, 2}, {1, 1}, {0, 2}
                };
            case SET_PIECE ->
                new double[][] {
                    {2, 1}, {2, 1}, {3, 1}, {4, 1}, {4, 1}, {3, 1}, {2, 1}, {1, 1}, {0, 1}, {0, 1}, {1, 1}, {2, 1},
                    {2, 1.5}, {1, 0.5}, {1, 2}
                };
            case FREE_PIECE ->
                new double[][] {
                    {0, 1.5}, {2, 1.5}, {4, 1.5}, {7, 2}, {6, 1}, {5, 1}, {4, 2}, {-1, 1}, {3, 1.5}, {4, 1.5}, {5, 1},
                    {4, 1}, {2, 1}, {1, 1}, {0, 3}
                };
        };
        int[] major = {0, 2, 4, 5, 7, 9, 11, 12};
        List<Note> notes = new ArrayList<>();
        notes.add(new Note(-1, 0.5));
        for (double[] step : melody) {
            int degree = (int) step[0];
            int midi = degree < 0 ? -1 : song.tonic() + major[degree];
            notes.add(new Note(midi, step[1] * beat));
        }
        notes.add(new Note(-1, 0.5));
        return notes;
    }
}
