package org.auditio.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestAccounts;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.Role;
import org.auditio.media.internal.MediaCorpus;
import org.auditio.media.internal.MediaSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@AuditioTest
class StoreIntegrityTest {

    @Autowired
    StoreIntegrity integrity;

    @Autowired
    Recordings recordings;

    @Autowired
    AccountService accounts;

    @Autowired
    MediaSettings settings;

    @Test
    void a_stored_file_whose_bytes_changed_on_disk_is_reported_to_the_admin() throws Exception {
        String candidate = TestAccounts.candidate(accounts, Locale.ENGLISH);
        byte[] wav = MediaCorpus.bytes("tone.wav");
        // unique samples (bytes appended after the sound would not be stored: uploads are remuxed)
        byte[] unique = Arrays.copyOf(wav, wav.length);
        System.arraycopy(UUID.randomUUID().toString().getBytes(), 0, unique, 1000, 36);
        RecordingInfo stored = AsUser.call(
                candidate,
                Role.CANDIDATE,
                () -> recordings.store(new ByteArrayInputStream(unique), "x.wav", MediaPolicy.audioOnly()));
        String key = "sha256/" + stored.sha256().substring(0, 2) + "/"
                + stored.sha256().substring(2, 4) + "/" + stored.sha256();

        StoreIntegrity.Report healthy = AsUser.call(TestAccounts.ADMIN, Role.ADMIN, this::check);
        assertThat(healthy.corruptFiles()).doesNotContain(key);
        assertThat(healthy.checkedFiles()).isPositive();

        java.nio.file.Path file = settings.root().toAbsolutePath().normalize().resolve(key);
        byte[] kept = Files.readAllBytes(file);
        kept[100] ^= 0x01;
        Files.write(file, kept);
        StoreIntegrity.Report corrupt = AsUser.call(TestAccounts.ADMIN, Role.ADMIN, this::check);
        assertThat(corrupt.corruptFiles()).contains(key);

        kept[100] ^= 0x01;
        Files.write(file, kept);
        assertThat(AsUser.call(TestAccounts.ADMIN, Role.ADMIN, this::check).corruptFiles())
                .doesNotContain(key);
    }

    @Test
    void only_an_admin_runs_the_check() {
        String candidate = TestAccounts.candidate(accounts, Locale.ENGLISH);
        assertThatThrownBy(() -> AsUser.call(candidate, Role.CANDIDATE, this::check))
                .isInstanceOf(AccessDeniedException.class);
    }

    private StoreIntegrity.Report check() {
        try {
            return integrity.check();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
