package org.auditio.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
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
import org.auditio.media.domain.RecordingStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AuditioTest
class StartupRecoveryTest {

    @Autowired
    StartupRecovery recovery;

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
    void a_crashed_runs_partial_file_and_uploading_row_go_at_start_and_what_began_after_the_start_stays()
            throws Exception {
        Path tmp = settings.root().toAbsolutePath().normalize().resolve("tmp");
        String candidate = TestAccounts.candidate(accounts, Locale.ENGLISH);
        byte[] unique = Arrays.copyOf(MediaCorpus.bytes("tone.wav"), MediaCorpus.bytes("tone.wav").length + 36);
        System.arraycopy(UUID.randomUUID().toString().getBytes(), 0, unique, unique.length - 36, 36);
        RecordingInfo kept = AsUser.call(
                candidate,
                Role.CANDIDATE,
                () -> media.store(new ByteArrayInputStream(unique), "kept.wav", MediaPolicy.audioOnly()));
        // The previous run, a minute before the crash: an upload half-way.
        Path leftover = Files.writeString(tmp.resolve(UUID.randomUUID() + ".part"), "half an upload");
        Files.setLastModifiedTime(leftover, FileTime.from(clock.instant()));
        UUID cutOff = rows.begin(UUID.randomUUID(), "cut off.wav");
        clock.advance(Duration.ofMinutes(1));
        Instant start = clock.instant();
        clock.advance(Duration.ofSeconds(2));
        // This run: an upload arriving while the application gets ready.
        Path arriving = Files.writeString(tmp.resolve(UUID.randomUUID() + ".part"), "still arriving");
        Files.setLastModifiedTime(arriving, FileTime.from(clock.instant()));
        UUID ongoing = rows.begin(UUID.randomUUID(), "arriving.wav");

        StartupRecovery.Recovered recovered = recovery.recover(start);

        assertThat(leftover).doesNotExist();
        assertThat(recordings.findById(cutOff)).isEmpty();
        assertThat(recovered.temporaryFiles()).isGreaterThanOrEqualTo(1);
        assertThat(recovered.uploadingRows()).isGreaterThanOrEqualTo(1);
        assertThat(recordings.findById(kept.id()))
                .hasValueSatisfying(row -> assertThat(row.status()).isEqualTo(RecordingStatus.COMPLETE));
        assertThat(arriving).exists();
        assertThat(recordings.findById(ongoing))
                .hasValueSatisfying(row -> assertThat(row.status()).isEqualTo(RecordingStatus.UPLOADING));
        Files.delete(arriving);
        rows.forget(ongoing);
    }
}
