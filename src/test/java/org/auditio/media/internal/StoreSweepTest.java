package org.auditio.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestAccounts;
import org.auditio.TestClock;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.Role;
import org.auditio.media.MediaPolicy;
import org.auditio.media.RecordingInfo;
import org.auditio.media.Recordings;
import org.auditio.media.domain.RecordingRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AuditioTest
class StoreSweepTest {

    @Autowired
    StoreSweep sweep;

    @Autowired
    RecordingRows rows;

    @Autowired
    RecordingRepository recordings;

    @Autowired
    Recordings media;

    @Autowired
    AccountService accounts;

    @Autowired
    MediaSettings settings;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void unfinished_uploads_older_than_the_limit_are_swept_and_recent_ones_kept() throws Exception {
        Path tmp = root().resolve("tmp");
        Path stale = Files.writeString(tmp.resolve(UUID.randomUUID() + ".part"), "half an upload");
        Files.setLastModifiedTime(stale, FileTime.from(clock.instant().minus(Duration.ofHours(13))));
        UUID abandoned = rows.begin(UUID.randomUUID(), "cut off.wav");
        clock.advance(Duration.ofHours(13));
        Path recent = Files.writeString(tmp.resolve(UUID.randomUUID() + ".part"), "still arriving");
        Files.setLastModifiedTime(recent, FileTime.from(clock.instant().minus(Duration.ofHours(1))));
        UUID ongoing = rows.begin(UUID.randomUUID(), "arriving.wav");

        StoreSweep.Report report = sweep.sweep();

        assertThat(stale).doesNotExist();
        assertThat(recent).exists();
        assertThat(recordings.findById(abandoned)).isEmpty();
        assertThat(recordings.findById(ongoing)).isPresent();
        assertThat(report.temporaryFiles()).isGreaterThanOrEqualTo(1);
        assertThat(report.abandonedRows()).isGreaterThanOrEqualTo(1);
        Files.delete(recent);
        rows.forget(ongoing);
    }

    @Test
    void files_without_a_row_and_rows_without_a_file_are_reported_not_deleted() throws Exception {
        String hash = "ab".repeat(32);
        Path orphan = root().resolve("sha256/ab/ab/" + hash);
        Files.createDirectories(orphan.getParent());
        Files.writeString(orphan, "nobody's");

        String candidate = TestAccounts.candidate(accounts, Locale.ENGLISH);
        // unique samples: bytes appended after the sound would not be stored (uploads are remuxed)
        byte[] unique = MediaCorpus.bytes("tone.wav");
        System.arraycopy(UUID.randomUUID().toString().getBytes(), 0, unique, 1000, 16);
        RecordingInfo lost = AsUser.call(
                candidate,
                Role.CANDIDATE,
                () -> media.store(new ByteArrayInputStream(unique), "lost.wav", MediaPolicy.audioOnly()));
        String sha = lost.sha256();
        Files.delete(root().resolve("sha256/" + sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha));

        StoreSweep.Report report = sweep.sweep();

        assertThat(report.filesWithoutRow()).contains("sha256/ab/ab/" + hash);
        assertThat(report.rowsWithoutFile()).contains(lost.id());
        assertThat(orphan).exists();
        assertThat(recordings.findById(lost.id())).isPresent();
        Files.delete(orphan);
    }

    private Path root() {
        return settings.root().toAbsolutePath().normalize();
    }
}
