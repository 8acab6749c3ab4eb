package org.auditio.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import org.auditio.media.domain.RecordingRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-reads every stored file and compares its SHA-256 with the hash its key (and its rows) carry:
 * silent corruption on disk shows up here before a juror hears it. Weekly, and on an admin's request.
 */
@Component
public class HashVerification {

    private static final Logger LOG = LoggerFactory.getLogger(HashVerification.class);

    /** How many files were read, and the keys whose content no longer matches. */
    public record Result(int checked, Set<String> mismatches) {}

    private final MediaStorage storage;
    private final RecordingRepository recordings;

    HashVerification(MediaStorage storage, RecordingRepository recordings) {
        this.storage = storage;
        this.recordings = recordings;
    }

    @Scheduled(cron = "${auditio.media.verify:0 41 3 * * SUN}")
    public Result verify() throws IOException {
        int checked = 0;
        Set<String> mismatches = new TreeSet<>();
        for (String key : recordings.completeKeys()) {
            if (!storage.exists(key)) {
                continue;
            }
            checked++;
            String expected = key.substring(key.lastIndexOf('/') + 1);
            if (!expected.equals(sha256(key))) {
                mismatches.add(key);
            }
        }
        if (!mismatches.isEmpty()) {
            LOG.error("Media store: {} file(s) no longer match their hash: {}", mismatches.size(), mismatches);
        }
        LOG.info("Media store: verified {} file(s), {} mismatch(es)", checked, mismatches.size());
        return new Result(checked, mismatches);
    }

    private String sha256(String key) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(storage.read(key).getInputStream(), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
